using System.Text;

namespace MlPipeline.Registry.Tests.Support;

internal static class Samples
{
    public const string Commit = "9fceb02d0ae598e95dc970b74767f19372d61af8";

    public static NewModelVersion Model(string name = "churn", string content = "model bytes", ModelState verdict = ModelState.Passed, long? runId = null) => new(
        name,
        Encoding.UTF8.GetBytes(content),
        runId,
        "data-5d41402abc4b2a76",
        Commit,
        GitDirty: false,
        new Dictionary<string, string> { ["max_depth"] = "6", ["eta"] = "0.3" },
        new Dictionary<string, double> { ["auc"] = 0.912345678901234, ["logloss"] = 0.25 },
        verdict,
        "alice",
        "passed the benchmark gate");

    public static RunRecord Run(string kind = RunKinds.Train) => new(
        kind,
        "churn",
        new Dictionary<string, string> { ["max_depth"] = "6", ["seed"] = "42" },
        new Dictionary<string, double> { ["auc"] = 0.9, ["train_loss"] = double.NaN },
        "data-5d41402abc4b2a76",
        Commit,
        GitDirty: true,
        new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.FromHours(2)).AddTicks(7),
        new DateTimeOffset(2026, 2, 3, 4, 7, 36, TimeSpan.FromHours(2)).AddTicks(7),
        new Dictionary<string, string> { ["os"] = "Debian 12", ["cores"] = "2" },
        new Dictionary<string, string> { ["xgboost"] = "1.7.4", [".net"] = "10.0.0" },
        new Dictionary<string, string> { ["model"] = "artifacts/model/model.json" });
}
