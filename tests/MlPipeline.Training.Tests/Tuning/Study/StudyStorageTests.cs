using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Training.Tests.Tuning.Study;

public sealed class StudyStorageTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public static TheoryData<string> Storages => ["memory", "jsonl"];

    [Fact]
    public void ATrialLineReadsLikeTheTrial()
    {
        var path = _directory.File("trials.jsonl");
        new JsonLinesStudyStorage(path).Save(Sample(3, TrialState.Pruned));

        Assert.Equal(
            """{"number":3,"values":{"eta":0.05,"booster":"dart"},"state":"pruned","value":0.41,"intermediate":{"10":0.5,"30":"NaN"},"last_step":30,"duration":"00:00:01.5000000","error":null}""" + "\n",
            File.ReadAllText(path));
    }

    [Fact]
    public void CompactingLeavesOneLinePerTrialThatReadsBackTheSame()
    {
        var path = _directory.File("trials.jsonl");
        var storage = new JsonLinesStudyStorage(path);
        storage.Save(Sample(0, TrialState.Running));
        storage.Save(Sample(1, TrialState.Running));
        storage.Save(Sample(0, TrialState.Completed));
        storage.Save(Sample(1, TrialState.Pruned));

        storage.Compact();

        Assert.Equal(2, File.ReadAllLines(path).Length);
        Assert.Equal([TrialState.Completed, TrialState.Pruned], new JsonLinesStudyStorage(path).Load().Select(t => t.State));
    }

    [Fact]
    public void AReopenedFileGivesBackEveryFieldAndTheLastLineOfEachTrialWins()
    {
        var path = _directory.File("trials.jsonl");
        var first = new JsonLinesStudyStorage(path);
        first.Save(Sample(0, TrialState.Running));
        first.Save(Sample(1, TrialState.Running));
        first.Save(Sample(0, TrialState.Failed) with { Error = "boom", Value = null });

        var reopened = new JsonLinesStudyStorage(path).Load();

        Assert.Equal([0, 1], reopened.Select(t => t.Number));
        var failed = reopened[0];
        Assert.Equal(TrialState.Failed, failed.State);
        Assert.Equal("boom", failed.Error);
        Assert.Null(failed.Value);
        Assert.Equal([("booster", TrialValue.Of("dart")), ("eta", TrialValue.Of(0.05))], failed.Values.OrderBy(v => v.Key).Select(v => (v.Key, v.Value)));
        Assert.Equal([(10, 0.5), (30, double.NaN)], failed.Intermediate.OrderBy(i => i.Key).Select(i => (i.Key, i.Value)));
        Assert.Equal(30, failed.LastStep);
        Assert.Equal(TimeSpan.FromSeconds(1.5), failed.Duration);
        Assert.Equal(TrialState.Running, reopened[1].State);
    }

    [Fact]
    public void ALineCutShortByACrashIsDroppedAndTheNextSaveStartsOnItsOwnLine()
    {
        var path = _directory.File("trials.jsonl");
        new JsonLinesStudyStorage(path).Save(Sample(0, TrialState.Running));
        File.AppendAllText(path, """{"number":0,"values":{"eta":0.05""");

        var reopened = new JsonLinesStudyStorage(path);
        reopened.Save(Sample(1, TrialState.Running));

        Assert.Equal([(0, TrialState.Running), (1, TrialState.Running)], new JsonLinesStudyStorage(path).Load().Select(t => (t.Number, t.State)));
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void ALineThatIsNotATrialIsNamedByItsNumber()
    {
        var path = _directory.File("trials.jsonl");
        new JsonLinesStudyStorage(path).Save(Sample(0, TrialState.Running));
        File.AppendAllText(path, "{\"rows\": 12}\n");

        var error = Assert.Throws<StudyException>(() => new JsonLinesStudyStorage(path));

        Assert.StartsWith($"Line 2 of the study file {path} is not a trial (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("restore it, or move it away to start a new study.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public void ReservedNumbersFollowTheSavedTrialsAndAreNeverHandedOutTwice(string kind)
    {
        var storage = Open(kind);
        storage.Save(Sample(4, TrialState.Completed));

        var numbers = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 100, _ => numbers.Add(storage.ReserveTrialNumber()));

        Assert.Equal(Enumerable.Range(5, 100), numbers.Order());
    }

    [Fact]
    public void AReopenedFileReservesTheNumberAfterItsLastTrial()
    {
        var path = _directory.File("trials.jsonl");
        var first = new JsonLinesStudyStorage(path);
        first.Save(Sample(0, TrialState.Completed));
        first.Save(Sample(1, TrialState.Running));

        Assert.Equal(2, new JsonLinesStudyStorage(path).ReserveTrialNumber());
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public void SavingANumberAgainReplacesIt(string kind)
    {
        var storage = Open(kind);
        storage.Save(Sample(1, TrialState.Running));
        storage.Save(Sample(0, TrialState.Running));
        storage.Save(Sample(1, TrialState.Completed));

        Assert.Equal([(0, TrialState.Running), (1, TrialState.Completed)], storage.Load().Select(t => (t.Number, t.State)));
    }

    public void Dispose() => _directory.Dispose();

    private IStudyStorage Open(string kind) => kind == "memory" ? new InMemoryStudyStorage() : new JsonLinesStudyStorage(_directory.File("trials.jsonl"));

    private static Trial Sample(int number, TrialState state) => new(
        number,
        new Dictionary<string, TrialValue> { ["eta"] = TrialValue.Of(0.05), ["booster"] = TrialValue.Of("dart") },
        state,
        0.41,
        new Dictionary<int, double> { [10] = 0.5, [30] = double.NaN },
        30,
        TimeSpan.FromSeconds(1.5));
}
