namespace ClinicalProject.Statistics;

/// <summary>
/// Compares an area's interval with a benchmark value (its parent territory, the province, a target):
/// lower limit above the benchmark → significantly higher; upper limit below → significantly lower; else
/// similar. The polarity turns higher/lower into better/worse.
/// </summary>
public static class BenchmarkComparison
{
    /// <summary>Compares at the level of the interval given.</summary>
    public static ComparisonOutcome Compare(Estimate? area, double benchmark, Polarity polarity) =>
        area is null ? ComparisonOutcome.NotCompared : Compare(area.LowerCi, area.UpperCi, benchmark, polarity);

    /// <summary>Compares raw limits (for hot loops that store doubles); NaN anywhere → not compared.</summary>
    public static ComparisonOutcome Compare(double lower, double upper, double benchmark, Polarity polarity) =>
        Direction(lower, upper, benchmark) switch
        {
            null => ComparisonOutcome.NotCompared,
            > 0 => polarity switch
            {
                Polarity.HighIsGood => ComparisonOutcome.Better,
                Polarity.LowIsGood => ComparisonOutcome.Worse,
                _ => ComparisonOutcome.Higher,
            },
            < 0 => polarity switch
            {
                Polarity.HighIsGood => ComparisonOutcome.Worse,
                Polarity.LowIsGood => ComparisonOutcome.Better,
                _ => ComparisonOutcome.Lower,
            },
            _ => ComparisonOutcome.Similar,
        };

    /// <summary>
    /// Combines the 95 % and 99.8 % intervals of one figure: significance at 99.8 % gives best/worst
    /// (much higher/much lower without polarity), at 95 % only better/worse (higher/lower).
    /// </summary>
    public static ComparisonOutcome CompareTwoLevels(Estimate? at95, Estimate? at998, double benchmark,
        Polarity polarity)
    {
        if (at95 is null || at998 is null)
        {
            return ComparisonOutcome.NotCompared;
        }

        if (at998.Confidence <= at95.Confidence)
        {
            throw new ArgumentException(
                $"The second interval must be the wider level ({at998.Confidence}) than the first ({at95.Confidence}).");
        }

        return CompareTwoLevels(at95.LowerCi, at95.UpperCi, at998.LowerCi, at998.UpperCi, benchmark, polarity);
    }

    /// <summary>The two-level comparison on raw limits.</summary>
    public static ComparisonOutcome CompareTwoLevels(double lower95, double upper95, double lower998,
        double upper998, double benchmark, Polarity polarity)
    {
        var wide = Compare(lower998, upper998, benchmark, polarity);
        return wide switch
        {
            ComparisonOutcome.Better => ComparisonOutcome.Best,
            ComparisonOutcome.Worse => ComparisonOutcome.Worst,
            ComparisonOutcome.Higher => ComparisonOutcome.MuchHigher,
            ComparisonOutcome.Lower => ComparisonOutcome.MuchLower,
            _ => Compare(lower95, upper95, benchmark, polarity),
        };
    }

    private static int? Direction(double lower, double upper, double benchmark)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper) || double.IsNaN(benchmark))
        {
            return null;
        }

        return lower > benchmark ? 1 : upper < benchmark ? -1 : 0;
    }
}
