namespace MlPipeline.Data.Drift;

/// <summary>Drift cannot be measured: columns are missing, empty or of another type than in the reference.</summary>
/// <param name="columns">The columns concerned, so a caller can report them without parsing the message.</param>
public sealed class DriftDetectionException(string message, IReadOnlyList<string> columns) : Exception(message)
{
    public IReadOnlyList<string> Columns { get; } = columns;
}
