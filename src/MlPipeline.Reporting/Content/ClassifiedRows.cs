namespace MlPipeline.Reporting.Content;

/// <summary>A classifier's benchmark rows: the true class index of each row and its probability per class.</summary>
/// <param name="Probabilities">One array per row, one probability per class in <see cref="Classes"/>' order.</param>
public sealed record ClassifiedRows(IReadOnlyList<string> Classes, IReadOnlyList<int> Labels, IReadOnlyList<double[]> Probabilities)
{
    /// <summary>Binary models are drawn for their second class (the positive one); multiclass models one-versus-rest per class.</summary>
    public IReadOnlyList<int> CurveClasses => Classes.Count == 2 ? [1] : [.. Enumerable.Range(0, Classes.Count)];

    public double[] Scores(int classIndex) => [.. Probabilities.Select(p => p[classIndex])];

    public bool[] IsClass(int classIndex) => [.. Labels.Select(label => label == classIndex)];
}
