using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests.EndToEnd;

/// <summary>build.sh in a real process: compile only when needed, run the assembly, pass the exit code on.</summary>
public sealed class Bootstrap(BootstrapRepository repository) : IClassFixture<BootstrapRepository>
{
    [Fact]
    public async Task TheBuildProjectIsCompiledOnlyWhenItsSourcesChange()
    {
        await repository.BuildAsync("--help");
        var warm = await repository.BuildAsync("--help");
        Assert.Equal(0, warm.ExitCode);
        Assert.DoesNotContain("Compiling", warm.Error);

        var buildFile = repository.Root / "build" / "Build.cs";
        File.AppendAllText(buildFile, "// a change\n");
        var changed = await repository.BuildAsync("--help");
        File.WriteAllText(buildFile, BootstrapRepository.BuildSource);
        await repository.BuildAsync("--help");

        Assert.Contains("Compiling the build project", changed.Error);
        Assert.Equal(0, changed.ExitCode);
    }

    [Fact]
    public async Task ACompileErrorIsShownWithItsLocationAndFailsTheCommand()
    {
        var buildFile = repository.Root / "build" / "Build.cs";
        File.WriteAllText(buildFile, BootstrapRepository.BuildSource.Replace("Executes(() => Console", "Executes(() => Consol", StringComparison.Ordinal));
        var broken = await repository.BuildAsync("Hello");
        File.WriteAllText(buildFile, BootstrapRepository.BuildSource);
        var mended = await repository.BuildAsync("Hello");

        Assert.Equal(1, broken.ExitCode);
        Assert.Matches(@"build/Build.cs\(11,\d+\): error CS\d+", broken.Error);
        Assert.Contains("error: the build project did not compile", broken.Error);
        Assert.Equal(0, mended.ExitCode);
    }

    [Theory]
    [InlineData("Hello", 0)]
    [InlineData("Fail", 1)]
    [InlineData("Nope", 2)]
    public async Task TheExitCodeOfTheBuildIsTheExitCodeOfTheCommand(string target, int exitCode)
    {
        var outcome = await repository.BuildAsync(target);

        Assert.True(outcome.ExitCode == exitCode, outcome.ToString());
    }

    [Fact]
    public async Task ASecretPrintedByATargetWithConsoleWriteLineIsMasked()
    {
        var outcome = await repository.BuildAsync("Hello", "--token", "tok-8392-secret");

        Assert.Contains("hello ****", outcome.Output);
        Assert.DoesNotContain("tok-8392-secret", outcome.Output + outcome.Error);
    }
}
