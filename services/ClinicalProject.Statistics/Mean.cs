using MathNet.Numerics.Distributions;

namespace ClinicalProject.Statistics;

/// <summary>
/// Mean with its interval: mean ± q × s/√n, s the sample standard deviation (n − 1), q the Student t
/// quantile t(1 − α/2; n − 1) by default (PHE's method) or the normal quantile z when asked.
/// </summary>
public static class Mean
{
    /// <summary>The mean of <paramref name="values"/> with its interval.</summary>
    public static Estimate Compute(ReadOnlySpan<double> values, ConfidenceLevel confidence,
        IntervalMethod method = IntervalMethod.StudentT)
    {
        double sum = 0, sumOfSquares = 0;
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException("Every value of a mean must be a finite number.", nameof(values));
            }

            sum += value;
            sumOfSquares += value * value;
        }

        return FromSums(values.Length, sum, sumOfSquares, confidence, method);
    }

    /// <summary>
    /// The mean from n, Σv and Σv², the form in which means add up across territories. Uses a two-pass-free
    /// variance, adequate for the magnitudes of indicator data (ages, lengths of stay, scores).
    /// </summary>
    public static Estimate FromSums(double count, double sum, double sumOfSquares, ConfidenceLevel confidence,
        IntervalMethod method = IntervalMethod.StudentT)
    {
        if (!(count >= 2))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A mean's interval needs at least 2 values.");
        }

        var mean = sum / count;
        var variance = Math.Max(0, (sumOfSquares - sum * mean) / (count - 1));
        return FromSummary(count, mean, Math.Sqrt(variance), confidence, method);
    }

    /// <summary>The interval from n, the mean and the sample standard deviation.</summary>
    public static Estimate FromSummary(double count, double mean, double standardDeviation, ConfidenceLevel confidence,
        IntervalMethod method = IntervalMethod.StudentT)
    {
        if (!(count >= 2))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A mean's interval needs at least 2 values.");
        }

        var quantile = method switch
        {
            IntervalMethod.StudentT => StudentT.InvCDF(0, 1, count - 1, 1 - confidence.Alpha / 2),
            IntervalMethod.Normal => confidence.Z,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "A mean's interval is StudentT or Normal."),
        };
        var halfWidth = quantile * standardDeviation / Math.Sqrt(count);
        return new Estimate(mean, mean - halfWidth, mean + halfWidth, confidence.Level, method);
    }
}
