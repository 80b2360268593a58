using System.Threading.Channels;

namespace ClinicalProject.GapAnalysis.Runs;

/// <summary>Wakes the <see cref="AnalysisScheduler"/>: every input event signals, the scheduler debounces.</summary>
public sealed class AnalysisTrigger
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Serialises runs in this process (the scheduler's and a planner's), so versions are taken one at a time.</summary>
    public SemaphoreSlim RunGate { get; } = new(1, 1);

    public void Signal() => _signals.Writer.TryWrite(true);

    internal ChannelReader<bool> Signals => _signals.Reader;
}
