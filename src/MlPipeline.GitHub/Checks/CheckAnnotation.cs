namespace MlPipeline.GitHub.Checks;

/// <summary>A message GitHub shows at a line of a file of the commit.</summary>
/// <param name="Path">The file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record CheckAnnotation(string Path, int Line, AnnotationLevel Level, string Message);
