namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>The column names of the data views the pipeline's rows become, and of ML.NET's outputs.</summary>
internal static class MlNetColumns
{
    public const string Features = "Features";
    public const string Value = "Value";
    public const string Binary = "Binary";
    public const string Class = "Class";
    public const string Weight = "Weight";
    public const string Score = "Score";
    public const string Probability = "Probability";
}
