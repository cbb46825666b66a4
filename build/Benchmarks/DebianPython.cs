namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>The interpreter the peers run on: Debian's, where python3-pandas and python3-xgboost install, not whichever python3 comes first on PATH.</summary>
internal static class DebianPython
{
    public const string Path = "/usr/bin/python3";
}
