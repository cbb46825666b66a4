namespace MlPipeline.Build;

/// <summary>Messages from targets and components; secrets are masked, verbosity applied, CI annotations added.</summary>
public interface IBuildLog
{
    /// <summary>Shown with <c>--verbosity verbose</c> only.</summary>
    void Debug(string message);

    void Information(string message);

    /// <summary>On GitHub Actions also a warning annotation.</summary>
    void Warning(string message);

    /// <summary>On GitHub Actions also an error annotation.</summary>
    void Error(string message);
}
