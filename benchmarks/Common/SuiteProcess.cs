using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ClinicalProject.Benchmarks.Suite;

/// <summary>A started service or gateway process, its output going to a log file.</summary>
public sealed partial class SuiteProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly StreamWriter _log;

    private SuiteProcess(SuiteComponent component, Uri address, Process process, StreamWriter log, string logPath)
    {
        Component = component;
        Address = address;
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public SuiteComponent Component { get; }

    public Uri Address { get; }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Runs <c>dotnet &lt;assembly&gt; args…</c> with the given environment.</summary>
    public static SuiteProcess Start(
        SuiteComponent component, string assemblyPath, Uri address, IReadOnlyDictionary<string, string> environment,
        string logPath, params string[] arguments)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException(
                $"{component.Name}: {assemblyPath} is missing; build first (dotnet build ClinicalProject.sln -c Release).", assemblyPath);
        }

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(assemblyPath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SuiteProcess(component, address, process, log, logPath);
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public int ExitCode => _process.ExitCode;

    /// <summary>Runs the component's deliberate <c>migrate</c> step to its end; throws with the log's tail when it fails.</summary>
    public static async Task MigrateAsync(
        SuiteComponent service, string assemblyPath, IReadOnlyDictionary<string, string> environment, string logDirectory,
        TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        await using var migration = Start(
            service, assemblyPath, new Uri("http://127.0.0.1/"), environment, Path.Combine(logDirectory, service.Name + ".migrate.log"), "migrate");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeLimit);
        await migration.WaitForExitAsync(timeout.Token);
        if (migration.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{service.Name}: migrate exited with {migration.ExitCode}. Log {migration.LogPath}:\n{migration.LogTail()}");
        }
    }

    /// <summary>Polls <c>/health</c> until it answers 200; throws when the process exits or the token is cancelled first.</summary>
    public async Task WaitForHealthAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var health = new Uri(Address, "/health");
        while (true)
        {
            if (HasExited)
            {
                throw new InvalidOperationException(
                    $"{Component.Name} exited with {ExitCode} while starting. Log {LogPath}:\n{LogTail()}");
            }

            try
            {
                using var response = await http.GetAsync(health, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One slow probe; try again.
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{Component.Name} was not healthy at {health} in time. Log {LogPath}:\n{LogTail()}");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{Component.Name} was not healthy at {health} in time. Log {LogPath}:\n{LogTail()}");
            }
        }
    }

    /// <summary>The process's id (for reading its CPU time from <c>/proc</c>).</summary>
    public int Id => _process.Id;

    public static Uri Loopback(int port) => new($"http://127.0.0.1:{port}/");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The last lines of the log, for error messages.</summary>
    public string LogTail(int lines = 40)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException exception)
        {
            return $"(log unreadable: {exception.Message})";
        }
    }

    /// <summary>Asks the process to stop (SIGTERM: ASP.NET Core shuts down gracefully), then kills it.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
                {
                    _ = Kill(_process.Id, SigTerm);
                }

                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync(CancellationToken.None);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        finally
        {
            _process.Dispose();
            await _log.DisposeAsync();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
