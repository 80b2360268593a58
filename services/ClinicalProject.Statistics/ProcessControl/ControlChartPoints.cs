using System.Collections;

namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>
/// A chart's points held compactly: one array of (value, lower, upper) triples, the centre line, and the long-run
/// flags only when a run is long; each <see cref="ControlChartPoint"/> is built when read (the limits and flags are
/// computed once, when the chart is drawn, and read back as they were stored).
/// </summary>
internal sealed class ControlChartPoints(double[] triples, double centre, bool[]? inLongRun) : IReadOnlyList<ControlChartPoint>
{
    public int Count => triples.Length / 3;

    public ControlChartPoint this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"A chart of {Count} points.");
            }

            var j = 3 * index;
            double value = triples[j], lower = triples[j + 1], upper = triples[j + 2];
            return new ControlChartPoint(index, value, centre, lower, upper, value > upper, value < lower,
                inLongRun is not null && inLongRun[index]);
        }
    }

    public IEnumerator<ControlChartPoint> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
