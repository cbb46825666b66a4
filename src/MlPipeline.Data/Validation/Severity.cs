namespace MlPipeline.Data.Validation;

/// <summary>Whether a finding fails the build.</summary>
public enum Severity
{
    /// <summary>The data cannot be trained on as it is; ValidateData fails.</summary>
    Error,
    /// <summary>Worth a look, but training goes on.</summary>
    Warning,
}
