namespace ClinicalProject.Benchmarks.GapAnalysis;

/// <summary>One timed run of one contender, as its child process reports it on its last line (JSON).</summary>
/// <param name="LoadSeconds">Reading the case's files (not part of the comparison).</param>
/// <param name="ColdSeconds">Pairs from coordinates, then the three methods for the three programs: the first time in the process.</param>
/// <param name="WarmSeconds">The same again in the same process (ours: JIT done); Python contenders repeat their single figure.</param>
/// <param name="Pairs">(area, site) pairs within the catchment.</param>
/// <param name="CpuSeconds">CPU time (user + system, every thread) of the cold run: steadier than wall time on a shared machine.</param>
/// <param name="CostSeconds">PySAL only: finding the pairs (NumPy) before PySAL runs.</param>
/// <param name="FcaSeconds">PySAL only: PySAL's three methods.</param>
public sealed record RunResult(string Contender, double LoadSeconds, double ColdSeconds, double WarmSeconds,
    long PeakBytes, long Pairs, double CpuSeconds, double CostSeconds = 0, double FcaSeconds = 0);
