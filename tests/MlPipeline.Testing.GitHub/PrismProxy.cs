using System.Diagnostics;

namespace MlPipeline.Testing.GitHub;

/// <summary>
/// Stoplight Prism as a validating proxy in front of <see cref="FakeGitHub"/>: it checks every request and every response
/// against GitHub's own OpenAPI description (npm <c>@octokit/openapi</c>) and, with <c>--errors</c>, answers a violation with
/// an error instead of forwarding it, so a request GitHub would not accept fails the test. Stopped by the process it started.
/// </summary>
public sealed class PrismProxy : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PrismProxy(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>GitHub's REST API description the requests are checked against.</summary>
    public static string Specification => Tool("@octokit/openapi/generated/api.github.com.json");

    public Uri Url { get; }

    /// <summary>What Prism printed: each request, and the violations it found.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <exception cref="InvalidOperationException">The npm packages are missing (./build.sh InstallTestTools installs them), or Prism did not start.</exception>
    public static async Task<PrismProxy> StartAsync(Uri upstream)
    {
        var prism = Tool("@stoplight/prism-cli/dist/index.js");
        var port = FreePort.Next();
        var start = new ProcessStartInfo("node", [prism, "proxy", Specification, upstream.AbsoluteUri.TrimEnd('/'), "--errors", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var proxy = new PrismProxy(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        proxy.Listen();
        var finished = await Task.WhenAny(proxy._listening.Task, proxy._process.WaitForExitAsync(), Task.Delay(StartTimeout));
        if (finished != proxy._listening.Task)
        {
            var output = proxy.Output;
            proxy.Dispose();
            throw new InvalidOperationException($"Prism did not start listening within {StartTimeout.TotalMinutes} minutes:\n{output[Math.Max(0, output.Length - 4000)..]}");
        }

        return proxy;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Listen()
    {
        void Received(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            // Its start-up lists every example request of the description; only what follows is worth keeping.
            if (line.Data.Contains("Prism is listening", StringComparison.Ordinal))
            {
                _listening.TrySetResult();
                return;
            }

            if (_listening.Task.IsCompleted || line.Data.Contains("error", StringComparison.OrdinalIgnoreCase))
            {
                lock (_output)
                {
                    _output.Add(line.Data);
                }
            }
        }

        _process.OutputDataReceived += Received;
        _process.ErrorDataReceived += Received;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private static string Tool(string relativePath)
    {
        var path = Repository.Root / ".nuke" / "temp" / "tools" / "node_modules" / relativePath;
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing; the GitHub tests check every request against GitHub's API description with Prism. Run ./build.sh InstallTestTools (./build.sh Test runs it).");
    }
}
