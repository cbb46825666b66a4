using MlPipeline.Build.Workflows;

namespace MlPipeline.Build.Tests.Workflows;

/// <summary>A build as the engine would describe it to workflow generation: an ML pipeline in miniature.</summary>
internal static class SampleBuild
{
    // Each target's declared outputs, including those of the targets it depends on (what runs when it is invoked).
    private static readonly Dictionary<string, string[]> Outputs = new()
    {
        ["ValidateData"] = ["artifacts/data/validation.json"],
        ["Train"] = ["artifacts/data/validation.json", "artifacts/model/model.json", "artifacts/model/training.json"],
        ["Evaluate"] = ["artifacts/data/validation.json", "artifacts/model/model.json", "artifacts/model/metrics.json"],
        ["Report"] = ["artifacts/model/metrics.json", "artifacts/report/report.md"],
        ["PushImage"] = [],
    };

    public static WorkflowContext Context { get; } = new(
        [
            new("NumBoostRound", "num-boost-round", "NUM_BOOST_ROUND", "int", "Number of boosting rounds", false, "300", []),
            new("Objective", "objective", "OBJECTIVE", "Objective", "Learning objective: what the model predicts", false,
                "binary-logistic", ["reg-squared-error", "Binary-Logistic", "multi-softmax"]),
            new("FailOnDrift", "fail-on-drift", "FAIL_ON_DRIFT", "bool", "Fail when drift is above the threshold", false, "True", []),
            new("DatasetUrl", "dataset-url", "DATASET_URL", "string", "", false, null, []),
            new("RegistryPassword", "registry-password", "REGISTRY_PASSWORD", "string", "Password of the OCI registry", true, null, []),
            new("GitHubToken", "github-token", "GITHUB_TOKEN", "string", "Token for PR comments", true, null, []),
        ],
        [.. Outputs.Keys],
        targets => [.. targets.SelectMany(target => Outputs[target])]);
}
