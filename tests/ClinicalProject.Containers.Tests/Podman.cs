using System.Diagnostics;
using System.Text;

namespace ClinicalProject.Containers.Tests;

/// <summary>
/// Runs <c>podman</c> with the repository's <c>deploy/containers/containers.conf</c> (runc, lowered ulimits: what
/// these machines allow), as scripts/containers.sh does.
/// </summary>
public static class Podman
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string Describe(IEnumerable<string> arguments) =>
            $"podman {string.Join(' ', arguments)} exited with {ExitCode}:\n{Error}\n{Output}";
    }

    public static async Task<Result> TryRunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("podman")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CONTAINERS_CONF")))
        {
            start.Environment["CONTAINERS_CONF"] = Path.Combine(RepositoryRoot, "deploy", "containers", "containers.conf");
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("podman could not be started: scripts/containers.sh installs it (Debian's podman and runc).");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new Result(process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    /// <summary>Runs podman and returns its output; throws with podman's own words when it fails.</summary>
    public static async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await TryRunAsync(arguments, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe(arguments));
        }

        return result.Output;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalProject.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ClinicalProject.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The last lines of a container's log, for a failure message.</summary>
    public static async Task<string> LogTailAsync(string container)
    {
        var result = await TryRunAsync(["logs", "--tail", "40", container], CancellationToken.None);
        var text = new StringBuilder();
        text.AppendLine($"--- {container} (last 40 lines)");
        text.AppendLine(result.Output);
        text.AppendLine(result.Error);
        return text.ToString();
    }
}
