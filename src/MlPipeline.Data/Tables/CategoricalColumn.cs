namespace MlPipeline.Data.Tables;

/// <summary>A categorical column: one code per row into <see cref="Categories"/>, <see cref="Missing"/> where the value is missing.</summary>
public sealed class CategoricalColumn(string name, int[] codes, IReadOnlyList<string> categories) : DataColumn(name)
{
    public const int Missing = -1;

    public int[] Codes { get; } = codes;

    /// <summary>The distinct values; a code is an index into this list.</summary>
    public IReadOnlyList<string> Categories { get; } = categories;

    public override int Length => Codes.Length;

    public override bool IsMissing(int row) => Codes[row] == Missing;

    public override string Format(int row) => IsMissing(row) ? "" : Categories[Codes[row]];
}
