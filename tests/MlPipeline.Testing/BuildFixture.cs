using MlPipeline.Build;
using MlPipeline.Build.Execution;
using MlPipeline.Build.Output;

namespace MlPipeline.Testing;

/// <summary>A throw-away repository root with <c>.nuke/</c>, and a way to run a build in it in-process.</summary>
public sealed class BuildFixture : IDisposable
{
    public BuildFixture()
    {
        Root = AbsolutePath.Create(Directory.CreateTempSubdirectory("mlpipeline-build-").FullName);
        Directory.CreateDirectory(Root / ".nuke");
    }

    public AbsolutePath Root { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public ManualTimeProvider Time { get; } = new();

    /// <summary>The account the build sees itself run under.</summary>
    public string UserName { get; set; } = "tester";

    public AbsolutePath Write(string relativePath, string content)
    {
        var path = Root / relativePath;
        Directory.CreateDirectory(path.Parent!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Root / relativePath);

    public async Task<BuildRun> RunAsync<TBuild>(TBuild build, Func<TBuild, Target> defaultTarget, params string[] arguments)
        where TBuild : PipelineBuild
    {
        var masker = new SecretMasker();
        var output = new StringWriter();
        var error = new StringWriter();
        var host = new BuildHost(new MaskingTextWriter(output, masker), new MaskingTextWriter(error, masker), Environment, Root, Time, IsInteractive: false, UserName);
        var exitCode = await BuildEngine.RunAsync(build, arguments, b => defaultTarget((TBuild)b), host, masker, CancellationToken.None);
        return new BuildRun(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
