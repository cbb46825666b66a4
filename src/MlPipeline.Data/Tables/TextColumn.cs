namespace MlPipeline.Data.Tables;

/// <summary>Free text kept as strings (ids, notes); never a model input.</summary>
public sealed class TextColumn(string name, string?[] values) : DataColumn(name)
{
    public string?[] Values { get; } = values;

    public override int Length => Values.Length;

    public override bool IsMissing(int row) => Values[row] is null;

    public override string Format(int row) => Values[row] ?? "";
}
