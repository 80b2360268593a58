using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace ClinicalProject.Statistics;

/// <summary>
/// Confidence limits of a Poisson count x, the basis of rate, ratio and standardised-rate intervals
/// (domain.md): exact limits from chi-square quantiles when x &lt; 10,
/// L = χ²(α/2; 2x)/2 and U = χ²(1 − α/2; 2x + 2)/2; Byar's approximation when x ≥ 10,
/// L = x(1 − 1/(9x) − z/(3√x))³ and U = (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³.
/// </summary>
public static class PoissonInterval
{
    /// <summary>Counts from this value up use Byar's approximation, below it the exact limits (PHE practice).</summary>
    public const double ByarThreshold = 10;

    // Integer counts below 10 are by far the commonest exact cases in a profile (thousands of small areas),
    // and chi-square quantiles are costly: keep them per confidence level.
    private static readonly ConcurrentDictionary<double, (double[] Lower, double[] Upper)> SmallCountCache = new();

    /// <summary>The method used for a count: exact below 10, Byar's from 10.</summary>
    public static IntervalMethod MethodFor(double count) =>
        count < ByarThreshold ? IntervalMethod.ExactPoisson : IntervalMethod.Byar;

    /// <summary>Lower limit of the count, by the method <see cref="MethodFor"/> chooses.</summary>
    public static double Lower(double count, ConfidenceLevel confidence)
    {
        ValidateCount(count);
        if (count >= ByarThreshold)
        {
            return ByarLower(count, confidence);
        }

        return IsSmallInteger(count, out var index) ? Table(confidence).Lower[index] : ExactLower(count, confidence);
    }

    /// <summary>Upper limit of the count, by the method <see cref="MethodFor"/> chooses.</summary>
    public static double Upper(double count, ConfidenceLevel confidence)
    {
        ValidateCount(count);
        if (count >= ByarThreshold)
        {
            return ByarUpper(count, confidence);
        }

        return IsSmallInteger(count, out var index) ? Table(confidence).Upper[index] : ExactUpper(count, confidence);
    }

    /// <summary>The count with its limits (value = the count itself).</summary>
    public static Estimate ForCount(double count, ConfidenceLevel confidence) =>
        new(count, Lower(count, confidence), Upper(count, confidence), confidence.Level, MethodFor(count));

    /// <summary>Exact lower limit χ²(α/2; 2x)/2, 0 when x = 0.</summary>
    public static double ExactLower(double count, ConfidenceLevel confidence)
    {
        ValidateCount(count);
        return count == 0 ? 0 : ChiSquared.InvCDF(2 * count, confidence.Alpha / 2) / 2;
    }

    /// <summary>Exact upper limit χ²(1 − α/2; 2x + 2)/2.</summary>
    public static double ExactUpper(double count, ConfidenceLevel confidence)
    {
        ValidateCount(count);
        return ChiSquared.InvCDF(2 * count + 2, 1 - confidence.Alpha / 2) / 2;
    }

    /// <summary>Byar's lower limit x(1 − 1/(9x) − z/(3√x))³, 0 when x = 0.</summary>
    public static double ByarLower(double count, ConfidenceLevel confidence)
    {
        ValidateCount(count);
        if (count == 0)
        {
            return 0;
        }

        var term = 1 - 1 / (9 * count) - confidence.Z / (3 * Math.Sqrt(count));
        return count * term * term * term;
    }

    /// <summary>Byar's upper limit (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³.</summary>
    public static double ByarUpper(double count, ConfidenceLevel confidence)
    {
        ValidateCount(count);
        var next = count + 1;
        var term = 1 - 1 / (9 * next) + confidence.Z / (3 * Math.Sqrt(next));
        return next * term * term * term;
    }

    private static bool IsSmallInteger(double count, out int index)
    {
        index = (int)count;
        return index == count;
    }

    private static (double[] Lower, double[] Upper) Table(ConfidenceLevel confidence) =>
        SmallCountCache.GetOrAdd(confidence.Level, static (_, level) =>
        {
            var lower = new double[(int)ByarThreshold];
            var upper = new double[(int)ByarThreshold];
            for (var x = 0; x < lower.Length; x++)
            {
                lower[x] = ExactLower(x, level);
                upper[x] = ExactUpper(x, level);
            }

            return (lower, upper);
        }, confidence);

    private static void ValidateCount(double count)
    {
        if (!(count >= 0) || double.IsInfinity(count))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count must be a finite number ≥ 0.");
        }
    }
}
