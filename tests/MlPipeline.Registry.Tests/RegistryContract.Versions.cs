using System.Text;
using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

public abstract partial class RegistryContract
{
    [Fact]
    public void VersionsAreNumberedFromOnePerModelName()
    {
        using var registry = NewRegistry();

        var churn = new[] { registry.Register(Samples.Model("churn", "a")), registry.Register(Samples.Model("churn", "b")) };
        var fraud = registry.Register(Samples.Model("fraud", "c"));
        var third = registry.Register(Samples.Model("churn", "d"));

        Assert.Equal([1, 2], churn.Select(version => version.Version));
        Assert.Equal(1, fraud.Version);
        Assert.Equal(3, third.Version);
    }

    [Fact]
    public void TheSameModelBytesAreStoredOnce()
    {
        using var registry = NewRegistry();

        var first = registry.Register(Samples.Model("churn", "same bytes"));
        var second = registry.Register(Samples.Model("churn", "same bytes"));
        var other = registry.Register(Samples.Model("fraud", "same bytes"));

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("same bytes"u8)), first.ModelSha256);
        Assert.Equal(first.ModelSha256, second.ModelSha256);
        Assert.Equal(first.ModelSha256, other.ModelSha256);
        Assert.Equal(1, Internals(registry).CountBlobs());
        Assert.Equal("same bytes", Encoding.UTF8.GetString(registry.ReadModel(first.ModelSha256.ToUpperInvariant())));
    }

    [Fact]
    public void FilesKeptWithAVersionComeBackByNameAndAreStoredOncePerContent()
    {
        using var registry = NewRegistry();
        var profile = new Dictionary<string, byte[]> { ["reference-profile.json"] = "{\"columns\":[]}"u8.ToArray() };

        registry.Register(Samples.Model("churn", "a") with { Artifacts = profile });
        registry.Register(Samples.Model("churn", "b") with { Artifacts = profile });
        registry.Register(Samples.Model("churn", "c"));

        Assert.Equal("{\"columns\":[]}", Encoding.UTF8.GetString(registry.ReadArtifact("churn", 2, "reference-profile.json")!));
        Assert.Null(registry.ReadArtifact("churn", 3, "reference-profile.json"));
        Assert.Null(registry.ReadArtifact("churn", 1, "other.json"));
        Assert.Equal(4, Internals(registry).CountBlobs());
        Assert.Equal(0, Internals(registry).CountOrphanBlobs());
    }

    [Fact]
    public void ADamagedFileKeptWithAVersionIsRefusedSayingWhichOne()
    {
        var location = NewLocation();
        using var registry = Open(location);
        registry.Register(Samples.Model() with { Artifacts = new Dictionary<string, byte[]> { ["reference-profile.json"] = "profile"u8.ToArray() } });
        // The model's bytes under the profile's address: the same statement in both databases.
        Sql(location, "UPDATE blobs SET content = (SELECT b.content FROM blobs b JOIN versions v ON v.sha256 = b.sha256) WHERE sha256 = (SELECT sha256 FROM version_artifacts)");

        var error = Assert.Throws<RegistryException>(() => registry.ReadArtifact("churn", 1, "reference-profile.json"));

        Assert.Equal(RegistryError.Corrupt, error.Error);
        Assert.StartsWith("The reference-profile.json of version 1 of 'churn' in the registry ", error.Message);
    }

    [Fact]
    public void AnEmptyFileOrABadNameToKeepWithAVersionIsRefusedAndNothingIsRegistered()
    {
        using var registry = NewRegistry();

        var empty = Assert.Throws<RegistryException>(() => registry.Register(Samples.Model() with { Artifacts = new Dictionary<string, byte[]> { ["profile.json"] = [] } }));
        var badName = Assert.Throws<RegistryException>(() => registry.Register(Samples.Model() with { Artifacts = new Dictionary<string, byte[]> { [" "] = [1] } }));

        Assert.Equal("The file 'profile.json' to keep with the new version of 'churn' is empty; pass its bytes or leave it out.", empty.Message);
        Assert.Equal(RegistryError.InvalidInput, badName.Error);
        Assert.Empty(registry.List("churn"));
    }

    [Fact]
    public void LineageAndMetricsComeBackAsRegistered()
    {
        using var registry = NewRegistry();
        var runId = registry.RecordRun(Samples.Run());
        Clock.Advance(TimeSpan.FromMinutes(5));

        registry.Register(Samples.Model("churn", "model.json content", ModelState.Discarded, runId));
        var stored = registry.Get("churn", 1)!;

        Assert.Equal("churn", stored.ModelName);
        Assert.Equal(1, stored.Version);
        Assert.Equal(ModelState.Discarded, stored.State);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("model.json content"u8)), stored.ModelSha256);
        Assert.Equal(18, stored.ModelSize);
        Assert.Equal(runId, stored.RunId);
        Assert.Equal("data-5d41402abc4b2a76", stored.DataHash);
        Assert.Equal(Samples.Commit, stored.GitCommit);
        Assert.False(stored.GitDirty);
        Assert.Equal(new Dictionary<string, string> { ["eta"] = "0.3", ["max_depth"] = "6" }, stored.Parameters);
        Assert.Equal(new Dictionary<string, double> { ["auc"] = 0.912345678901234, ["logloss"] = 0.25 }, stored.Metrics);
        Assert.Equal(ManualTimeProvider.Start.AddMinutes(5), stored.Created);
    }

    [Fact]
    public void RegisterReturnsTheVersionAsStored()
    {
        using var registry = NewRegistry();

        var registered = registry.Register(Samples.Model());
        var stored = registry.Get("churn", 1)!;

        Assert.Equal(stored with { Parameters = registered.Parameters, Metrics = registered.Metrics }, registered);
        Assert.Equal(stored.Parameters, registered.Parameters);
        Assert.Equal(stored.Metrics, registered.Metrics);
    }

    [Fact]
    public void RegisterRecordsCreatedAndThenTheVerdict()
    {
        using var registry = NewRegistry();
        var runId = registry.RecordRun(Samples.Run());

        registry.Register(Samples.Model(runId: runId));

        Assert.Equal(
            [
                new StateTransition("churn", 1, null, ModelState.Created, ManualTimeProvider.Start, "alice", $"registered from run {runId}"),
                new StateTransition("churn", 1, ModelState.Created, ModelState.Passed, ManualTimeProvider.Start, "alice", "passed the benchmark gate"),
            ],
            registry.History("churn", 1));
    }

    [Fact]
    public void RegisteringWithAnUnknownRunIsRefusedAndLeavesNothing()
    {
        using var registry = NewRegistry();

        var error = Assert.Throws<RegistryException>(() => registry.Register(Samples.Model(runId: 77)));

        Assert.Equal(RegistryError.NotFound, error.Error);
        Assert.StartsWith("Run 77, named as the lineage of the new 'churn' version, is not in the registry", error.Message);
        Assert.Empty(registry.List("churn"));
        Assert.Equal(0, Internals(registry).CountBlobs());
    }

    [Fact]
    public void AVerdictOtherThanPassedOrDiscardedIsRefused()
    {
        using var registry = NewRegistry();

        var error = Assert.Throws<RegistryException>(() => registry.Register(Samples.Model(verdict: ModelState.Approved)));

        Assert.Equal(RegistryError.InvalidInput, error.Error);
        Assert.Equal("The verdict for a new version of 'churn' must be Passed or Discarded (the benchmark gate's result); it was Approved.", error.Message);
    }

    [Fact]
    public void ListReturnsVersionsOldestFirstAndPagesByVersion()
    {
        using var registry = NewRegistry();
        for (var i = 0; i < 5; i++)
        {
            registry.Register(Samples.Model("churn", $"model {i}"));
        }

        registry.Register(Samples.Model("fraud", "other"));

        Assert.Equal([1, 2, 3, 4, 5], registry.List("churn").Select(version => version.Version));
        Assert.Equal([3, 4], registry.List("churn", afterVersion: 2, limit: 2).Select(version => version.Version));
        Assert.Equal([5], registry.List("churn", afterVersion: 4, limit: 10).Select(version => version.Version));
        Assert.Empty(registry.List("churn", afterVersion: 5, limit: 10));
        Assert.Empty(registry.List("unknown"));
    }

    [Fact]
    public void AMissingVersionIsNullAndAMissingModelFileIsNotFound()
    {
        using var registry = NewRegistry();
        registry.Register(Samples.Model());

        Assert.Null(registry.Get("churn", 2));
        var error = Assert.Throws<RegistryException>(() => registry.ReadModel(new string('0', 64)));
        Assert.Equal(RegistryError.NotFound, error.Error);
        Assert.StartsWith($"No model file with SHA-256 {new string('0', 64)} is in the registry", error.Message);
    }
}
