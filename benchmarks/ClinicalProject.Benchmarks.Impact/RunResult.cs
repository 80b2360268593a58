namespace ClinicalProject.Benchmarks.Impact;

/// <summary>
/// One timed run: wall-clock and CPU seconds (user + system, all threads) for the ITS of every series and for the
/// u charts, and the figures, laid out as the Python script writes them (ITS: 20 per series; u chart:
/// 1 + 2 × points + 6 per series). CPU time is the steadier measure on a shared machine.
/// </summary>
public sealed record RunResult(string Contender, double ItsSeconds, double UChartSeconds, double ItsCpuSeconds,
    double UChartCpuSeconds, double[] Its, double[] UChart)
{
    public const int ItsFields = 20;

    public static int UChartFields(int points) => 1 + 2 * points + 6;

    public double TotalSeconds => ItsSeconds + UChartSeconds;

    public double TotalCpuSeconds => ItsCpuSeconds + UChartCpuSeconds;
}
