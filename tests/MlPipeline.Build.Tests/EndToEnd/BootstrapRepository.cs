using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests.EndToEnd;

/// <summary>A throw-away repository with this repository's build.sh and engine (and the library it stands on), and a small build of its own.</summary>
public sealed class BootstrapRepository : IDisposable
{
    public const string BuildSource = """
        using MlPipeline.Build;

        namespace Fixture;

        internal sealed class Build : PipelineBuild
        {
            [Parameter("A token")]
            [Secret]
            private readonly string? Token = null;

            private Target Hello => _ => _.Executes(() => Console.WriteLine($"hello {Token}"));

            private Target Fail => _ => _.Executes(() => throw new InvalidOperationException("deliberate failure"));

            public static Task<int> Main() => ExecuteAsync<Build>(x => x.Hello);
        }
        """;

    // The engine alone: this repository's own build project also references the ML libraries.
    private const string ProjectSource = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <AssemblyName>_build</AssemblyName>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="../src/MlPipeline.Build/MlPipeline.Build.csproj" />
          </ItemGroup>
        </Project>
        """;

    public BootstrapRepository()
    {
        Root = AbsolutePath.Create(Directory.CreateTempSubdirectory("mlpipeline-bootstrap-").FullName);
        foreach (var file in new[] { "build.sh", "Directory.Build.props", "Directory.Packages.props" })
        {
            Directory.CreateDirectory((Root / file).Parent!);
            File.Copy(Repository.Root / file, Root / file);
        }

        foreach (var project in new[] { "MlPipeline.Build", "MlPipeline.Foundation" })
        {
            CopySources(Repository.Root / "src" / project, Root / "src" / project);
        }
        Directory.CreateDirectory(Root / ".nuke");
        Directory.CreateDirectory(Root / "build");
        File.WriteAllText(Root / "build" / "_build.csproj", ProjectSource);
        File.WriteAllText(Root / "build" / "Build.cs", BuildSource);
    }

    public AbsolutePath Root { get; }

    public Task<ProcessOutput> BuildAsync(params string[] arguments) => ChildProcess.RunAsync(Root / "build.sh", arguments, Root);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopySources(AbsolutePath from, AbsolutePath to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Select(AbsolutePath.Create))
        {
            var relative = file.RelativeTo(from);
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory((to / relative).Parent!);
            File.Copy(file, to / relative);
        }
    }
}
