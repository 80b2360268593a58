using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Room for (site, minutes) pairs: a worker writes them through pointers, chunks read them as memory slices, and
/// whatever holds a slice keeps the block alive. Native memory on Linux (<see cref="NativePairBlock"/>) for large
/// blocks, pinned managed arrays otherwise.
/// </summary>
internal abstract unsafe class PairBlock(int capacity)
{
    /// <summary>Below this many pairs a block is managed: a native mapping is worth it only for large stores.</summary>
    public const int NativeFrom = 1 << 16;

    public int Capacity { get; } = capacity;

    public int* Sites { get; protected init; }

    public double* Minutes { get; protected init; }

    public abstract ReadOnlyMemory<int> SiteSlice(int start, int length);

    public abstract ReadOnlyMemory<double> MinuteSlice(int start, int length);

    /// <summary>Tells the block how many of its pairs were written, once no more will be.</summary>
    public virtual void Seal(int used)
    {
    }

    public static PairBlock Allocate(int capacity) =>
        capacity >= NativeFrom && NativePairBlock.TryAllocate(capacity) is { } native ? native : new ManagedPairBlock(capacity);
}

/// <summary>Pinned arrays (never moved, so pointers into them stay valid), not zeroed: only written pairs are read.</summary>
internal sealed unsafe class ManagedPairBlock : PairBlock
{
    private readonly int[] _sites;
    private readonly double[] _minutes;

    public ManagedPairBlock(int capacity)
        : base(capacity)
    {
        _sites = GC.AllocateUninitializedArray<int>(capacity, pinned: true);
        _minutes = GC.AllocateUninitializedArray<double>(capacity, pinned: true);
        Sites = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_sites));
        Minutes = (double*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_minutes));
    }

    public override ReadOnlyMemory<int> SiteSlice(int start, int length) => new(_sites, start, length);

    public override ReadOnlyMemory<double> MinuteSlice(int start, int length) => new(_minutes, start, length);
}

/// <summary>
/// An anonymous mapping aligned on 2 MiB and advised for transparent huge pages: only the pages written are
/// committed, at one fault per 2 MiB rather than per 4 KiB (page faults were the largest single cost of building
/// a Quebec-scale network), and hundreds of MiB of pairs stay off the GC heap, where as large-object arrays they
/// set off full collections. The mapping is released when the block is collected; the GC is told its size.
/// </summary>
internal sealed unsafe partial class NativePairBlock : PairBlock
{
    private const nuint HugePage = 2 << 20;
    private const int ProtectionReadWrite = 0x1 | 0x2;
    private const int MapPrivateAnonymousNoReserve = 0x02 | 0x20 | 0x4000;
    private const int AdviseHugePage = 14;
    private readonly nint _mapping;
    private readonly nuint _length;
    private readonly BlockMemory<int> _siteMemory;
    private readonly BlockMemory<double> _minuteMemory;
    private long _pressure;

    private NativePairBlock(int capacity, nint mapping, nuint length, int* sites, double* minutes)
        : base(capacity)
    {
        _mapping = mapping;
        _length = length;
        Sites = sites;
        Minutes = minutes;
        _siteMemory = new BlockMemory<int>(this, sites, capacity);
        _minuteMemory = new BlockMemory<double>(this, minutes, capacity);
    }

    ~NativePairBlock()
    {
        _ = Unmap(_mapping, _length);
        if (_pressure > 0)
        {
            GC.RemoveMemoryPressure(_pressure);
        }
    }

    /// <summary>A block of <paramref name="capacity"/> pairs, or null where native mappings are not available.</summary>
    public static NativePairBlock? TryAllocate(int capacity)
    {
        if (!OperatingSystem.IsLinux() || !(RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64))
        {
            return null;
        }

        var siteBytes = RoundUp((nuint)capacity * sizeof(int));
        var minuteBytes = RoundUp((nuint)capacity * sizeof(double));
        var length = siteBytes + minuteBytes + HugePage;
        var mapping = Map(0, length, ProtectionReadWrite, MapPrivateAnonymousNoReserve, -1, 0);
        if (mapping == -1)
        {
            return null;
        }

        var start = RoundUp((nuint)mapping);
        _ = Advise((nint)start, siteBytes + minuteBytes, AdviseHugePage); // refused: small pages, slower, still right
        return new NativePairBlock(capacity, mapping, length, (int*)start, (double*)(start + siteBytes));
    }

    public override ReadOnlyMemory<int> SiteSlice(int start, int length) => _siteMemory.Memory.Slice(start, length);

    public override ReadOnlyMemory<double> MinuteSlice(int start, int length) => _minuteMemory.Memory.Slice(start, length);

    public override void Seal(int used)
    {
        _pressure = (long)used * (sizeof(int) + sizeof(double));
        if (_pressure > 0)
        {
            GC.AddMemoryPressure(_pressure);
        }
    }

    private static nuint RoundUp(nuint bytes) => (bytes + HugePage - 1) & ~(HugePage - 1);

    [LibraryImport("libc", EntryPoint = "mmap")]
    private static partial nint Map(nint address, nuint length, int protection, int flags, int descriptor, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap")]
    private static partial int Unmap(nint address, nuint length);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);

    /// <summary>A typed view of part of the mapping; it keeps the block, and so the mapping, alive.</summary>
    private sealed class BlockMemory<T>(NativePairBlock owner, T* pointer, int length) : MemoryManager<T>
        where T : unmanaged
    {
        public NativePairBlock Owner { get; } = owner;

        public override Span<T> GetSpan() => new(pointer, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new(pointer + elementIndex, default, this);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
