namespace ClinicalProject.Benchmarks.Profiling;

/// <summary>The process's peak resident set (Linux VmHWM): managed heap, native DuckDB memory and all.</summary>
public static class PeakMemory
{
    public static long Bytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                return kilobytes * 1024;
            }
        }

        return Environment.WorkingSet;
    }
}
