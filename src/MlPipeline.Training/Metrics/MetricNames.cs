namespace MlPipeline.Training.Metrics;

/// <summary>
/// The names metrics carry in <c>metrics.json</c>, in <see cref="IMetrics.Values"/> and in bootstrap results.
/// </summary>
public static class MetricNames
{
    public const string Accuracy = "accuracy";

    /// <summary>Binary: precision of class 1. Multiclass: macro average over the classes present in truth or predictions.</summary>
    public const string Precision = "precision";

    /// <summary>Binary: recall of class 1. Multiclass: macro average over the classes present in truth or predictions.</summary>
    public const string Recall = "recall";

    /// <summary>Binary: F1 of class 1. Multiclass: equal to <see cref="MacroF1"/>.</summary>
    public const string F1 = "f1";

    public const string MacroF1 = "macro_f1";
    public const string MicroF1 = "micro_f1";
    public const string RocAuc = "roc_auc";
    public const string PrAuc = "pr_auc";
    public const string LogLoss = "log_loss";
    public const string Rmse = "rmse";
    public const string Mae = "mae";
    public const string R2 = "r2";

    /// <summary>Every classification metric, in the order they are computed and written.</summary>
    public static IReadOnlyList<string> Classification { get; } =
        [Accuracy, Precision, Recall, F1, MacroF1, MicroF1, RocAuc, PrAuc, LogLoss];

    /// <summary>Every regression metric, in the order they are computed and written.</summary>
    public static IReadOnlyList<string> Regression { get; } = [Rmse, Mae, R2];

    /// <summary>True for losses and errors (log_loss, rmse, mae), false for scores; throws for an unknown name.</summary>
    /// <exception cref="ArgumentException">The name is not one of this class's metrics.</exception>
    public static bool LowerIsBetter(string metric) => metric switch
    {
        LogLoss or Rmse or Mae => true,
        Accuracy or Precision or Recall or F1 or MacroF1 or MicroF1 or RocAuc or PrAuc or R2 => false,
        _ => throw new ArgumentException(
            $"Unknown metric '{metric}'. Known metrics: {string.Join(", ", Classification.Concat(Regression))}.",
            nameof(metric)),
    };
}
