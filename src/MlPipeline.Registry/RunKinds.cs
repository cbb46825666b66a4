namespace MlPipeline.Registry;

/// <summary>The values <see cref="RunRecord.Kind"/> may take.</summary>
public static class RunKinds
{
    /// <summary>A training run.</summary>
    public const string Train = "train";

    /// <summary>One trial of a tuning study.</summary>
    public const string TuneTrial = "tune-trial";

    /// <summary>An evaluation of a model on the benchmark split.</summary>
    public const string Evaluate = "evaluate";

    /// <summary>All of them, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Train, TuneTrial, Evaluate];
}
