using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>One (period, indicator) block being filled; adds are atomic, so several readers can fill it at once.</summary>
internal sealed class AggregateSlice(int period, string indicatorCode, int cellCount, bool trackSeen)
{
    private readonly ulong[]? _seen = trackSeen ? new ulong[(cellCount + 63) / 64] : null;

    public int Period { get; } = period;

    public string IndicatorCode { get; } = indicatorCode;

    public int[] Cells { get; } = new int[cellCount];

    /// <summary>The sum of the cells, once every reader is done (summed then, not per row).</summary>
    public long Total()
    {
        long total = 0;
        foreach (var cell in Cells)
        {
            total += cell;
        }

        return total;
    }

    /// <summary>False when the cell would pass 2,147,483,647 (the import then fails, so the block is dropped).</summary>
    public bool Add(int cell, int count) => Interlocked.Add(ref Cells[cell], count) >= 0;

    /// <summary>
    /// Asks for the cell's cache line ahead of its add: the blocks of a Quebec import are hundreds of megabytes
    /// added to at random, so each add would otherwise wait for memory with nothing else to do.
    /// </summary>
    public unsafe void Prefetch(int cell)
    {
        if (Sse.IsSupported && (uint)cell < (uint)Cells.Length)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Cells[cell]));
        }
    }

    /// <summary>False when the cell was already given.</summary>
    public bool MarkSeen(int cell)
    {
        var mask = 1UL << (cell & 63);
        return (Interlocked.Or(ref _seen![cell >> 6], mask) & mask) == 0;
    }
}
