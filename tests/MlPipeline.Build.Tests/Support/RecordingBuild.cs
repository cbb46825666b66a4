namespace MlPipeline.Build.Tests.Support;

/// <summary>A test build that remembers which targets ran, in order.</summary>
internal abstract class RecordingBuild : PipelineBuild
{
    public List<string> Ran { get; } = [];

    protected Action Record(string name) => () => Ran.Add(name);
}
