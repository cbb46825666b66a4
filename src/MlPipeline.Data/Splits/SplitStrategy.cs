namespace MlPipeline.Data.Splits;

/// <summary>How <see cref="DataSplitter"/> chooses the rows of each split.</summary>
public enum SplitStrategy
{
    /// <summary>Shuffled within each class (regression: within each of 10 quantile bins of the label), so every split keeps the label's distribution.</summary>
    Stratified,
    /// <summary>All labelled rows shuffled together.</summary>
    Random,
    /// <summary>Ascending on the schema's time column: the earliest rows train, the latest are the benchmark.</summary>
    TimeOrdered,
}
