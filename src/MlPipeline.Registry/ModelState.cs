namespace MlPipeline.Registry;

/// <summary>Where a model version is in its life; <see cref="Lifecycle"/> says which moves are allowed.</summary>
public enum ModelState
{
    /// <summary>Registered, not yet judged by the benchmark gate (only ever seen inside Register).</summary>
    Created,

    /// <summary>The gate passed it: a candidate for approval.</summary>
    Passed,

    /// <summary>The gate failed it; kept for the record, never deployed.</summary>
    Discarded,

    /// <summary>A person or a CI job approved it for deployment.</summary>
    Approved,

    /// <summary>Set aside without being deployed.</summary>
    Archived,

    /// <summary>Serving now; at most one version of a model at a time.</summary>
    Deployed,

    /// <summary>Served before; can be deployed again by a rollback.</summary>
    Retired,
}
