using System.Diagnostics;

namespace ClinicalProject.Benchmarks;

/// <summary>
/// What every benchmark program needs to run its contenders in child processes and report: linked into each
/// benchmark project (benchmarks/Common), not a library of its own.
/// </summary>
public static class BenchmarkHost
{
    /// <summary>A start for this same program in a child process (under "dotnet", the assembly is named).</summary>
    public static ProcessStartInfo Self(Type programType, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        // Not GetFileNameWithoutExtension on the app host's name: ".Profiling" would be taken for an extension.
        if (Path.GetFileName(Environment.ProcessPath!) is "dotnet" or "dotnet.exe")
        {
            start.ArgumentList.Add(programType.Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs a child to its end and returns the last line it printed (its JSON result).</summary>
    public static string LastLine(ProcessStartInfo start, string contender)
    {
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        process.WaitForExit();
        if (process.ExitCode != 0 || lines.Count == 0)
        {
            throw new InvalidOperationException($"{contender} failed (exit {process.ExitCode}): {string.Join('\n', lines)}");
        }

        return lines[^1];
    }

    /// <summary>The value after <paramref name="name"/> on the command line, if any.</summary>
    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The checkout's root (where ClinicalProject.sln is), for writing benchmarks/results.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalProject.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    public static double Median<T>(IEnumerable<T> results, Func<T, double> value)
    {
        var sorted = results.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Standard output of a command (machine descriptions for the reports).</summary>
    public static string Shell(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
