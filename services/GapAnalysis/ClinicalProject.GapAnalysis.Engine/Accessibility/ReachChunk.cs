namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// The (site, minutes) pairs within the network's maximum catchment of a run of consecutive areas, as compressed
/// rows: area <c>FirstArea + k</c> owns pairs <c>AreaStart[k] … AreaStart[k + 1] − 1</c> (the pairs live in
/// managed arrays or in a worker's <see cref="PairBlock"/>). Chunks are the unit of
/// parallel work; their boundaries depend only on the number of areas, so sums are the same on any machine.
/// </summary>
internal sealed class ReachChunk(int firstArea, int[] areaStart, ReadOnlyMemory<int> sites, ReadOnlyMemory<double> minutes)
{
    public int FirstArea { get; } = firstArea;

    public int AreaCount => AreaStart.Length - 1;

    public int[] AreaStart { get; } = areaStart;

    public ReadOnlyMemory<int> Sites { get; } = sites;

    public ReadOnlyMemory<double> Minutes { get; } = minutes;

    public int PairCount => AreaStart[^1];

    /// <summary>The most pairs any one area of the chunk has: the size of a buffer for one area's weights.</summary>
    public int LongestRow { get; } = Longest(areaStart);

    private static int Longest(int[] starts)
    {
        var longest = 0;
        for (var k = 0; k + 1 < starts.Length; k++)
        {
            longest = Math.Max(longest, starts[k + 1] - starts[k]);
        }

        return longest;
    }

    /// <summary>Chunks of about 128 areas, at most 64 of them: a fixed cut, whatever the core count.</summary>
    public static int ChunkCount(int areaCount) => Math.Clamp(areaCount / 128, 1, 64);

    public static (int First, int Count) Range(int areaCount, int chunkCount, int chunk)
    {
        var first = (int)((long)areaCount * chunk / chunkCount);
        var next = (int)((long)areaCount * (chunk + 1) / chunkCount);
        return (first, next - first);
    }
}
