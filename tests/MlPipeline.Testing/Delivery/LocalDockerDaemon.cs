using System.Diagnostics;
using Docker.DotNet;

namespace MlPipeline.Testing.Delivery;

/// <summary>
/// A Docker daemon of the tests' own: its data, state and socket in a temporary folder, vfs storage (works in any
/// container) and no bridge, iptables or ip6tables (no network privileges needed). Stopped by the process it started,
/// and its folder, which vfs fills with full copies of every layer, deleted.
/// When it cannot start, <see cref="StartAsync"/> throws the reason: the tests that need it fail, never pass without it.
/// </summary>
public sealed class LocalDockerDaemon : IAsyncDisposable
{
    private const string Program = "/usr/sbin/dockerd";

    private readonly string _folder = Directory.CreateTempSubdirectory("mlpipeline-dockerd-").FullName;
    private readonly List<string> _log = [];
    private Process? _process;

    private LocalDockerDaemon()
    {
    }

    public DockerClient Client { get; private set; } = null!;

    /// <summary>The socket's address, as DOCKER_HOST or --docker-host take it.</summary>
    public string Host => "unix://" + Path.Combine(_folder, "docker.sock");

    public static async Task<LocalDockerDaemon> StartAsync()
    {
        var daemon = new LocalDockerDaemon();
        try
        {
            await daemon.WaitUntilReadyAsync();
            return daemon;
        }
        catch
        {
            await daemon.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        if (!File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing, and these tests run a real Docker daemon: apt-get install docker.io (./build.sh Test installs it).");
        }

        var socket = Path.Combine(_folder, "docker.sock");
        _process = Process.Start(new ProcessStartInfo(Program,
        [
            "--data-root", Path.Combine(_folder, "data"), "--exec-root", Path.Combine(_folder, "exec"), "--pidfile", Path.Combine(_folder, "dockerd.pid"),
            "-H", "unix://" + socket, "--storage-driver=vfs", "--iptables=false", "--ip6tables=false", "--bridge=none",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new DockerClientConfiguration(new Uri("unix://" + socket)).CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"dockerd exited with code {_process.ExitCode} (it needs root): {Log()}");
            }

            try
            {
                await Client.System.PingAsync();
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or IOException || DateTime.UtcNow < deadline)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"dockerd did not answer on {socket} within 60 s: {Log()}", exception);
                }

                await Task.Delay(200);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                // SIGTERM: dockerd stops its containers and unmounts before it exits; a kill would leave mounts behind.
                Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill();
                }
            }

            _process.Dispose();
        }

        Unmount();
        Directory.Delete(_folder, recursive: true);
    }

    // dockerd leaves its default network namespace (exec/netns/default) mounted after it exits.
    private void Unmount()
    {
        var mounts = File.ReadAllLines("/proc/mounts")
            .Select(line => line.Split(' ')[1])
            .Where(point => point.StartsWith(_folder + "/", StringComparison.Ordinal))
            .OrderByDescending(point => point.Length);
        foreach (var point in mounts)
        {
            using var umount = Process.Start("umount", ["--lazy", point])!;
            umount.WaitForExit();
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Add(line);
            }
        }
    }

    private string Log()
    {
        lock (_log)
        {
            return string.Join(Environment.NewLine, _log.TakeLast(15));
        }
    }
}
