using MlPipeline.Components.Artifacts;

namespace MlPipeline.Components.Retraining;

/// <summary>Reads and writes decision.json, the one place Retrain and the targets after it learn what CheckRetrainTriggers decided.</summary>
internal static class RetrainDecisionFile
{
    public static RetrainDecision Read(IRetrain build) => ArtifactJson.Read<RetrainDecision>(ArtifactPaths.Retrain.Decision(build), "CheckRetrainTriggers");

    public static void Write(IRetrain build, RetrainDecision decision) => ArtifactJson.Write(ArtifactPaths.Retrain.Decision(build), decision);
}
