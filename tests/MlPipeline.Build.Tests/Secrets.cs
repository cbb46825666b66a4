using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class Secrets : IDisposable
{
    private const string Token = "s3cr3t-t0ken";
    private readonly BuildFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task ASecretIsMaskedInEveryOutputLine()
    {
        var run = await _fixture.RunAsync(new SecretBuild(), b => b.Leak, "--registry-token", Token);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(Token, run.All);
        Assert.Contains("logging in with ****", run.Output);
        Assert.Contains("warning: token **** expires", run.Output);
        Assert.Contains("denied for ****", run.Error);
    }

    [Fact]
    public void ASecretWrittenInPiecesIsStillMasked()
    {
        var masker = new MlPipeline.Build.Output.SecretMasker();
        masker.Add([Token]);
        var inner = new StringWriter();
        using (var writer = new MlPipeline.Build.Output.MaskingTextWriter(inner, masker))
        {
            foreach (var piece in new[] { "pieces: ", Token[..4], Token[4..], "!\n", "tail ", Token })
            {
                writer.Write(piece);
            }
        }

        Assert.Equal("pieces: ****!\ntail ****", inner.ToString());
    }

    [Fact]
    public async Task HelpNeverPrintsASecret()
    {
        _fixture.Environment["REGISTRY_TOKEN"] = Token;
        var run = await _fixture.RunAsync(new SecretBuild(), b => b.Leak, "--help");

        Assert.DoesNotContain(Token, run.All);
        Assert.Contains("now (secret, set) from environment variable REGISTRY_TOKEN", run.Output);
    }

    [Fact]
    public async Task OnGitHubActionsASecretIsRegisteredForMaskingFirst()
    {
        _fixture.Environment["GITHUB_ACTIONS"] = "true";
        var run = await _fixture.RunAsync(new SecretBuild(), b => b.Leak, "--registry-token", Token);

        var lines = run.Output.Split('\n');
        Assert.Equal($"::add-mask::{Token}", lines[0]);
        Assert.DoesNotContain(Token, string.Join('\n', lines.Skip(1)) + run.Error);
    }

    [Fact]
    public async Task ASecretNeverReachesAFingerprint()
    {
        var run = await _fixture.RunAsync(new SecretBuild(), b => b.Leak, "Store", "--registry-token", Token);

        Assert.Equal(0, run.ExitCode);
        var record = _fixture.Read(".nuke/temp/fingerprints/Store.json");
        Assert.DoesNotContain(Token, record);
        Assert.Contains("\"RegistryToken\": \"****\"", record);
    }

    private sealed class SecretBuild : RecordingBuild
    {
        [Parameter("Token for the image registry")]
        [Secret]
        private readonly string? RegistryToken = null;

        public Target Leak => _ => _.Executes(() =>
        {
            Log.Information($"logging in with {RegistryToken}");
            Log.Warning($"token {RegistryToken} expires");
            throw new InvalidOperationException($"denied for {RegistryToken}");
        });

        public Target Store => _ => _.Reads(() => RegistryToken).Produces(RootDirectory / "out.txt").Executes(() => File.WriteAllText(RootDirectory / "out.txt", "x"));
    }
}
