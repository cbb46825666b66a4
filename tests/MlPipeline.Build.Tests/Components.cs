using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class Components : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task TargetsOfImplementedComponentsAreComposedIntoTheBuild()
    {
        var build = new ComposedBuild();
        var run = await _fixture.RunAsync(build, b => ((IReport)b).Report);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Load", "Fit", "Report"], build.Ran);
    }

    [Fact]
    public async Task TryRelationsApplyOnlyWhenTheBuildHasTheComponent()
    {
        var without = new ComposedBuild();
        await _fixture.RunAsync(without, b => ((IReport)b).Report);
        var with = new ComposedBuildWithTuning();
        await _fixture.RunAsync(with, b => ((IReport)b).Report);

        Assert.DoesNotContain("Tune", without.Ran);
        Assert.Equal(["Load", "Tune", "Fit", "Report"], with.Ran);
    }

    [Fact]
    public async Task ARelationToAMissingComponentIsAnErrorThatSaysWhichOne()
    {
        var run = await _fixture.RunAsync(new IncompleteBuild(), b => ((IReport)b).Report);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refers to a target of component IFit, but the build class IncompleteBuild does not implement it", run.Error);
    }

    [Fact]
    public async Task AComponentTargetCanBeOverriddenByTheBuild()
    {
        var build = new OverridingBuild();
        await _fixture.RunAsync(build, b => ((IReport)b).Report);

        Assert.Equal(["Load", "CustomFit", "Report"], build.Ran);
    }

    internal interface IRecording : IPipelineBuild
    {
        List<string> Ran { get; }
    }

    internal interface ILoad : IRecording
    {
        Target Load => _ => _.Executes(() => Ran.Add(nameof(Load)));
    }

    internal interface IFit : ILoad
    {
        Target Fit => _ => _.DependsOn(Load).TryAfter<ITune>(x => x.Tune).Executes(() => Ran.Add(nameof(Fit)));
    }

    internal interface ITune : ILoad
    {
        Target Tune => _ => _.DependsOn(Load).TryDependentFor<IFit>(x => x.Fit).Executes(() => Ran.Add(nameof(Tune)));
    }

    internal interface IReport : IRecording
    {
        Target Report => _ => _.DependsOn<IFit>(x => x.Fit).Executes(() => Ran.Add(nameof(Report)));
    }

    private class ComposedBuild : RecordingBuild, IFit, IReport;

    private sealed class ComposedBuildWithTuning : ComposedBuild, ITune;

    private sealed class IncompleteBuild : RecordingBuild, IReport;

    private sealed class OverridingBuild : RecordingBuild, IFit, IReport
    {
        Target IFit.Fit => _ => _.DependsOn<ILoad>(x => x.Load).Executes(() => Ran.Add("CustomFit"));
    }
}
