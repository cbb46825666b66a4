namespace MlPipeline.Serving.Bundle;

/// <summary>The commit a model was trained from, and whether the working tree had uncommitted changes.</summary>
internal sealed record GitRecord(string Commit, bool Dirty);
