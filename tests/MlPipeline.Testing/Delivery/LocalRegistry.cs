using System.Diagnostics;

namespace MlPipeline.Testing.Delivery;

/// <summary>
/// A real registry, Debian's docker-registry (the distribution project's server), on 127.0.0.1 and a free port, storing
/// in a temporary folder; with htpasswd authentication when given a user. Stopped by the process it started.
/// </summary>
public sealed class LocalRegistry : IDisposable
{
    private const string Program = "/usr/bin/docker-registry";

    private readonly TemporaryDirectory _folder = new();
    private readonly Process _process;

    public LocalRegistry()
        : this(null, null)
    {
    }

    private LocalRegistry(string? username, string? password)
    {
        if (!File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing, and the delivery tests push to a real registry: apt-get install docker-registry (./build.sh Test installs it).");
        }

        Port = FreePort.Next();
        var auth = "";
        if (username is not null)
        {
            var htpasswd = _folder.File("htpasswd");
            Run("htpasswd", "-Bbc", htpasswd, username, password!);
            auth = $"auth:\n  htpasswd:\n    realm: tests\n    path: {htpasswd}\n";
        }

        var config = _folder.File("config.yml");
        File.WriteAllText(config, $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {_folder.File("storage")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{Port}
            {auth}
            """);
        _process = Process.Start(new ProcessStartInfo(Program, ["serve", config]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening();
    }

    public int Port { get; }

    /// <summary>The registry as an image reference names it.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>A registry that lets only <paramref name="username"/> in (bcrypt htpasswd, as the distribution server requires).</summary>
    public static LocalRegistry WithUser(string username, string password) => new(username, password);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
        _folder.Dispose();
    }

    private void WaitUntilListening()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"docker-registry exited with code {_process.ExitCode} before listening on {Address}.");
            }

            try
            {
                using var response = http.GetAsync($"http://{Address}/v2/").GetAwaiter().GetResult();
                return;
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(100);
            }
        }

        throw new InvalidOperationException($"docker-registry did not listen on {Address} within 30 s.");
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })
            ?? throw new InvalidOperationException($"Cannot start {program}.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error} (apt-get install apache2-utils for htpasswd).");
        }
    }
}
