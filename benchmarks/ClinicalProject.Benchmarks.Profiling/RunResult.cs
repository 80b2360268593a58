namespace ClinicalProject.Benchmarks.Profiling;

/// <summary>One timed run of one contender, as a child process reports it on its last line.</summary>
/// <param name="Figures">Territory × period × indicator figures produced: both contenders must agree.</param>
/// <param name="Check">A figure both compute, to see they agree: the province's rate of bench-01 in the first year.</param>
public sealed record RunResult(string Contender, double ImportSeconds, double ComputeSeconds, long PeakBytes, long Figures, double Check)
{
    public double TotalSeconds => ImportSeconds + ComputeSeconds;
}
