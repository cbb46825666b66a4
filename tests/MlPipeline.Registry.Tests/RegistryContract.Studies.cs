using System.Globalization;
using MlPipeline.Registry.Sql;
using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

public abstract partial class RegistryContract
{
    private const string Study = "churn-xgboost";

    [Fact]
    public void TrialNumbersAreReservedFromZeroPerStudy()
    {
        using var registry = NewRegistry();

        var churn = Enumerable.Range(0, 3).Select(_ => registry.Studies.ReserveTrial(Study)).ToList();
        var fraud = registry.Studies.ReserveTrial("fraud-xgboost");

        Assert.Equal([0, 1, 2], churn);
        Assert.Equal(0, fraud);
    }

    [Fact]
    public void ConcurrentReservationsGetEveryNumberOnce()
    {
        using var registry = NewRegistry();
        var numbers = new System.Collections.Concurrent.ConcurrentBag<int>();

        Parallel.For(0, 40, _ => numbers.Add(registry.Studies.ReserveTrial(Study)));

        Assert.Equal(Enumerable.Range(0, 40), numbers.Order());
    }

    [Fact]
    public void SavingATrialAgainReplacesItAndTrialsLoadByNumberWithTheirStateInAColumn()
    {
        var location = NewLocation();
        using var registry = Open(location);
        registry.Studies.ReserveTrial(Study);
        registry.Studies.ReserveTrial(Study);

        registry.Studies.SaveTrial(Study, 1, "running", """{"number":1,"state":"running"}""");
        registry.Studies.SaveTrial(Study, 0, "running", """{"number":0,"state":"running"}""");
        registry.Studies.SaveTrial(Study, 1, "completed", """{"number":1,"state":"completed"}""");

        Assert.Equal(["""{"number":0,"state":"running"}""", """{"number":1,"state":"completed"}"""], registry.Studies.LoadTrials(Study));
        Assert.Empty(registry.Studies.LoadTrials("fraud-xgboost"));
        Assert.Equal(1L, Count(location, $"SELECT COUNT(*) FROM study_trials WHERE study = '{Study}' AND state = 'completed'"));
        Assert.Equal(1L, Count(location, $"SELECT COUNT(*) FROM study_trials WHERE study = '{Study}' AND state = 'running'"));
    }

    [Fact]
    public void ReplacingATrialSucceedsOnlyWhileItHoldsTheExpectedJson()
    {
        using var registry = NewRegistry();
        registry.Studies.ReserveTrial(Study);
        registry.Studies.SaveTrial(Study, 0, "running", """{"number":0,"heartbeat":1}""");

        var taken = registry.Studies.ReplaceTrial(Study, 0, """{"number":0,"heartbeat":1}""", "running", """{"number":0,"heartbeat":2}""");
        var stale = registry.Studies.ReplaceTrial(Study, 0, """{"number":0,"heartbeat":1}""", "completed", """{"number":0,"by":"the slow worker"}""");
        var never = registry.Studies.ReplaceTrial(Study, 5, "{}", "running", "{}");

        Assert.Equal((true, false, false), (taken, stale, never));
        Assert.Equal(["""{"number":0,"heartbeat":2}"""], registry.Studies.LoadTrials(Study));
    }

    [Fact]
    public void OfManyConnectionsReplacingTheSameTrialAtOnceExactlyOneSucceeds()
    {
        var location = NewLocation();
        using (var first = Open(location))
        {
            first.Studies.ReserveTrial(Study);
            first.Studies.SaveTrial(Study, 0, "running", """{"number":0,"stale":true}""");
        }

        var registries = Enumerable.Range(0, 8).Select(_ => Open(location)).ToList();
        try
        {
            var winners = new System.Collections.Concurrent.ConcurrentBag<int>();
            Parallel.For(0, registries.Count, new ParallelOptions { MaxDegreeOfParallelism = registries.Count }, i =>
            {
                if (registries[i].Studies.ReplaceTrial(Study, 0, """{"number":0,"stale":true}""", "running", $$"""{"number":0,"taken_by":{{i}}}"""))
                {
                    winners.Add(i);
                }
            });

            var winner = Assert.Single(winners);
            Assert.Equal([$$"""{"number":0,"taken_by":{{winner}}}"""], registries[0].Studies.LoadTrials(Study));
        }
        finally
        {
            registries.ForEach(registry => registry.Dispose());
        }
    }

    [Fact]
    public void ATrialNumberNeverReservedIsRefusedAndNotSaved()
    {
        using var registry = NewRegistry();
        registry.Studies.ReserveTrial(Study);

        var beyond = Assert.Throws<RegistryException>(() => registry.Studies.SaveTrial(Study, 1, "running", "{}"));
        var unknown = Assert.Throws<RegistryException>(() => registry.Studies.SaveTrial("fraud-xgboost", 0, "running", "{}"));

        Assert.Equal(RegistryError.InvalidInput, beyond.Error);
        Assert.StartsWith($"Trial 1 of study '{Study}' was never reserved in the registry ", beyond.Message);
        Assert.EndsWith(": its reserved trials are 0 to 0. Save only numbers ReserveTrial handed out.", beyond.Message);
        Assert.EndsWith(": it has no reserved trials there. Save only numbers ReserveTrial handed out.", unknown.Message);
        Assert.Empty(registry.Studies.LoadTrials(Study));
        Assert.Empty(registry.Studies.LoadTrials("fraud-xgboost"));
    }

    [Fact]
    public void MalformedStudyArgumentsAreRefusedByName()
    {
        using var registry = NewRegistry();
        registry.Studies.ReserveTrial(Study);

        RegistryException Refused(Action call) => Assert.Throws<RegistryException>(call);

        Assert.Equal(
            "' churn' is not a study name: use 1 to 200 characters without control characters or surrounding spaces, e.g. \"churn-xgboost\".",
            Refused(() => registry.Studies.ReserveTrial(" churn")).Message);
        Assert.Equal("-1 is not a trial number: trials are numbered from 0.", Refused(() => registry.Studies.SaveTrial(Study, -1, "running", "{}")).Message);
        Assert.Equal("The state of the trial is empty; pass one, e.g. \"running\" or \"completed\".", Refused(() => registry.Studies.SaveTrial(Study, 0, "", "{}")).Message);
        Assert.Equal("The json of the trial is empty; pass one, e.g. the serialised trial.", Refused(() => registry.Studies.SaveTrial(Study, 0, "running", " ")).Message);
        Assert.Equal(RegistryError.InvalidInput, Refused(() => registry.Studies.LoadTrials("")).Error);
    }

    // Version 2 only added the study tables, so a version 2 registry without them and marked version 1 is exactly what
    // version 1 left.
    [Fact]
    public void ARegistryOfSchemaVersionOneIsUpgradedInPlaceKeepingItsVersions()
    {
        var location = NewLocation();
        using (var registry = Open(location))
        {
            registry.Register(Samples.Model());
        }

        Sql(location, "DROP TABLE study_trials");
        Sql(location, "DROP TABLE studies");
        Sql(location, "UPDATE schema_version SET version = 1");
        Assert.Equal(1L, Count(location, "SELECT MAX(version) FROM schema_version"));

        using var upgraded = Open(location);
        var number = upgraded.Studies.ReserveTrial(Study);
        upgraded.Studies.SaveTrial(Study, number, "running", "{}");

        Assert.Equal((long)Queries.SchemaVersion, Count(location, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(0, number);
        Assert.Equal(["{}"], upgraded.Studies.LoadTrials(Study));
        Assert.Equal([(1, ModelState.Passed)], upgraded.List("churn").Select(version => (version.Version, version.State)));
    }

    private long Count(string location, string sql) => Convert.ToInt64(Sql(location, sql), CultureInfo.InvariantCulture);
}
