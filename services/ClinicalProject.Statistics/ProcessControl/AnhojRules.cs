using MathNet.Numerics;

namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>The Anhøj run rules and their limits (see <see cref="RunsAnalysis"/>).</summary>
public static class AnhojRules
{
    private const int CachedLimits = 1024;
    private static readonly int[] CrossingsCache = CreateCache();

    /// <summary>round(log₂ n + 3): the longest run expected by chance among <paramref name="usefulPoints"/> (n ≥ 1).</summary>
    public static int LongestRunLimit(int usefulPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(usefulPoints, 1);
        return (int)Math.Round(Math.Log2(usefulPoints) + 3, MidpointRounding.ToEven);
    }

    /// <summary>
    /// The 5th percentile of Binomial(n − 1, 0.5), i.e. the smallest c with P(X ≤ c) ≥ 0.05 (R's <c>qbinom</c>):
    /// fewer crossings than this among <paramref name="usefulPoints"/> (n ≥ 1) is a signal.
    /// </summary>
    public static int CrossingsLimit(int usefulPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(usefulPoints, 1);
        if (usefulPoints < CachedLimits)
        {
            var cached = Volatile.Read(ref CrossingsCache[usefulPoints]);
            if (cached >= 0)
            {
                return cached;
            }

            var computed = BinomialQuantile(usefulPoints - 1);
            Volatile.Write(ref CrossingsCache[usefulPoints], computed);
            return computed;
        }

        return BinomialQuantile(usefulPoints - 1);
    }

    /// <summary>Runs analysis of <paramref name="values"/> against a centre line that may vary by point.</summary>
    /// <param name="values">The plotted values.</param>
    /// <param name="centre">The centre line at each point (same length).</param>
    /// <param name="inLongRun">Optional: set true for the points of every run longer than the limit.</param>
    public static RunsAnalysis Analyse(ReadOnlySpan<double> values, ReadOnlySpan<double> centre, Span<bool> inLongRun = default)
    {
        if (values.Length != centre.Length || (!inLongRun.IsEmpty && inLongRun.Length != values.Length))
        {
            throw new ArgumentException("Every value needs its centre line (and its run flag when flags are asked for).");
        }

        var sides = values.Length <= ControlChart.StackLimit ? stackalloc sbyte[values.Length] : new sbyte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            sides[i] = ControlChart.Side(values[i], centre[i]);
        }

        return Analyse(sides, inLongRun);
    }

    /// <summary>
    /// Runs analysis of the points' sides of the centre line (+1, −1, 0 on it) in one pass; when
    /// <paramref name="inLongRun"/> is not empty (same length), the points of every run longer than the limit are
    /// set true and the others false (points on the centre line inside a run neither break it nor belong to it).
    /// </summary>
    internal static RunsAnalysis Analyse(ReadOnlySpan<sbyte> sides, Span<bool> inLongRun)
    {
        // Branch-free on the side of each point (noise changes side at random, which a branch would mispredict).
        int useful = 0, crossings = 0, longest = 0, current = 0, previousSide = 0;
        for (var i = 0; i < sides.Length; i++)
        {
            int side = sides[i];
            if (side == 0)
            {
                continue;
            }

            useful++;
            var same = side == previousSide ? 1 : 0;
            crossings += (previousSide != 0 ? 1 : 0) & (same ^ 1);
            current = current * same + 1;
            previousSide = side;
            longest = Math.Max(longest, current);
        }

        if (useful == 0)
        {
            return new RunsAnalysis(0, 0, 0, 0, 0);
        }

        var runLimit = LongestRunLimit(useful);
        if (!inLongRun.IsEmpty)
        {
            inLongRun.Clear();
            if (longest > runLimit)
            {
                MarkLongRuns(sides, inLongRun, runLimit);
            }
        }

        return new RunsAnalysis(useful, longest, runLimit, crossings, CrossingsLimit(useful));
    }

    /// <summary>Sets true the points of every run longer than <paramref name="runLimit"/> (the others are left as they are).</summary>
    internal static void MarkLongRuns(ReadOnlySpan<sbyte> sides, Span<bool> inLongRun, int runLimit)
    {
        int start = -1, length = 0, side = 0;
        for (var i = 0; i <= sides.Length; i++)
        {
            int s = i < sides.Length ? sides[i] : 2;
            if (s == 0)
            {
                continue;
            }

            if (s == side)
            {
                length++;
                continue;
            }

            if (length > runLimit)
            {
                for (var j = start; j < i; j++)
                {
                    inLongRun[j] = sides[j] == side;
                }
            }

            start = i;
            length = 1;
            side = s;
        }
    }

    private static int BinomialQuantile(int trials)
    {
        // Sum the Binomial(trials, 0.5) probabilities from 0 until they reach 5 %; log space keeps large n exact.
        var cumulative = 0.0;
        var logTotal = trials * Math.Log(0.5);
        for (var c = 0; c <= trials; c++)
        {
            cumulative += Math.Exp(SpecialFunctions.BinomialLn(trials, c) + logTotal);
            if (cumulative >= 0.05)
            {
                return c;
            }
        }

        return trials;
    }

    private static int[] CreateCache()
    {
        var cache = new int[CachedLimits];
        Array.Fill(cache, -1);
        return cache;
    }
}
