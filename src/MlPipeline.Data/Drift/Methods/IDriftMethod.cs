namespace MlPipeline.Data.Drift.Methods;

/// <summary>One statistical test or distance between a reference column and a batch column.</summary>
internal interface IDriftMethod
{
    /// <summary>The name the schema's <c>drift.method</c> and the report use.</summary>
    string Name { get; }

    /// <summary>True when the score is a p-value (drift at or below the threshold), false for a distance (drift at or above it).</summary>
    bool IsPValue { get; }

    double DefaultThreshold { get; }
}
