namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>A growable pair list for one chunk while it is being built.</summary>
internal sealed class PairBuffer(int capacity)
{
    private int[] _sites = new int[Math.Max(capacity, 16)];
    private double[] _minutes = new double[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public void Add(int site, double minutes)
    {
        if (Count == _sites.Length)
        {
            var size = checked(_sites.Length * 2);
            Array.Resize(ref _sites, size);
            Array.Resize(ref _minutes, size);
        }

        _sites[Count] = site;
        _minutes[Count] = minutes;
        Count++;
    }

    public ReachChunk ToChunk(int firstArea, int[] areaStart) =>
        new(firstArea, areaStart, _sites[..Count], _minutes[..Count]);
}
