using System.Runtime.CompilerServices;

namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// One worker's pairs, chunk after chunk, in blocks it fills in order (no growth copy but the unfinished chunk's
/// when a block is full). <see cref="TakeChunk"/> hands out the pairs written since the previous chunk.
/// </summary>
internal sealed unsafe class PairWriter(int firstCapacity, int blockPairs = PairWriter.BlockPairs)
{
    /// <summary>Pairs per block after the first (48 MiB of address space; only what is written is committed).</summary>
    public const int BlockPairs = 1 << 22;

    private PairBlock? _block;
    private int _chunkStart;
    private int _count;
    private int _capacity;
    private int* _sites;
    private double* _minutes;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int site, double minutes)
    {
        if (_count == _capacity)
        {
            MoveToNewBlock();
        }

        _sites[_count] = site;
        _minutes[_count] = minutes;
        _count++;
    }

    /// <summary>Pairs written so far in the current chunk.</summary>
    public int ChunkPairs => _count - _chunkStart;

    public (ReadOnlyMemory<int> Sites, ReadOnlyMemory<double> Minutes) TakeChunk()
    {
        if (_block is null)
        {
            return (ReadOnlyMemory<int>.Empty, ReadOnlyMemory<double>.Empty);
        }

        var length = _count - _chunkStart;
        var slices = (_block.SiteSlice(_chunkStart, length), _block.MinuteSlice(_chunkStart, length));
        _chunkStart = _count;
        return slices;
    }

    /// <summary>No more pairs: the current block learns how much of it is used.</summary>
    public void Finish() => _block?.Seal(_count);

    private void MoveToNewBlock()
    {
        var pending = _count - _chunkStart;
        var capacity = _block is null ? firstCapacity : blockPairs;
        capacity = (int)Math.Min(Array.MaxLength, Math.Max(capacity, 2L * pending + 1));
        var next = PairBlock.Allocate(capacity);
        new ReadOnlySpan<int>(_sites + _chunkStart, pending).CopyTo(new Span<int>(next.Sites, pending));
        new ReadOnlySpan<double>(_minutes + _chunkStart, pending).CopyTo(new Span<double>(next.Minutes, pending));
        _block?.Seal(_chunkStart);
        _block = next;
        _sites = next.Sites;
        _minutes = next.Minutes;
        _capacity = next.Capacity;
        _chunkStart = 0;
        _count = pending;
    }
}
