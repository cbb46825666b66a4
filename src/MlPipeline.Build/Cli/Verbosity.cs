namespace MlPipeline.Build.Cli;

/// <summary>How much the engine prints.</summary>
internal enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Verbose,
}
