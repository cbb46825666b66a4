namespace MlPipeline.Build;

/// <summary>What happens to a target's dependencies when the target itself is skipped.</summary>
public enum DependencyBehavior
{
    /// <summary>Dependencies still run (the default).</summary>
    Execute,

    /// <summary>Dependencies are skipped too, unless another target that runs needs them.</summary>
    Skip,
}
