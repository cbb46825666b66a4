namespace MlPipeline.GitHub.Checks;

/// <summary>How GitHub shows an annotation on the changed file.</summary>
public enum AnnotationLevel
{
    Notice,
    Warning,
    Failure,
}
