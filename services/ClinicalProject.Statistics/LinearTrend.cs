using MathNet.Numerics;

namespace ClinicalProject.Statistics;

/// <summary>
/// Tests for a linear trend over ordered periods (Fingertips' "recent trend": at least five points).
/// Scores are the periods' positions on the time axis (years, or 0, 1, 2 … when omitted); periods whose
/// figures are missing (NaN, or no denominator) are left out.
/// </summary>
public static class LinearTrend
{
    /// <summary>Fewest usable periods for which a trend is reported.</summary>
    public const int MinimumPeriods = 5;

    /// <summary>Default significance level of the trend test.</summary>
    public const double DefaultSignificance = 0.05;

    /// <summary>
    /// χ² test for trend in proportions xᵢ/nᵢ: with p = Σx/Σn,
    /// T = Σxᵢtᵢ − pΣnᵢtᵢ, V = p(1 − p)(Σnᵢtᵢ² − (Σnᵢtᵢ)²/Σn), χ² = T²/V.
    /// </summary>
    public static TrendResult ForProportions(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators,
        ReadOnlySpan<double> scores = default, double significance = DefaultSignificance) =>
        CountTest(numerators, denominators, scores, significance, TrendMethod.ChiSquareProportions);

    /// <summary>
    /// χ² score test for trend in rates xᵢ/nᵢ (Poisson counts over populations): with eᵢ = nᵢΣx/Σn,
    /// T = Σtᵢ(xᵢ − eᵢ), V = Σtᵢ²eᵢ − (Σtᵢeᵢ)²/Σx, χ² = T²/V.
    /// </summary>
    public static TrendResult ForRates(ReadOnlySpan<double> counts, ReadOnlySpan<double> populations,
        ReadOnlySpan<double> scores = default, double significance = DefaultSignificance) =>
        CountTest(counts, populations, scores, significance, TrendMethod.ChiSquareRates);

    /// <summary>
    /// Trend in figures that are not simple counts (standardised rates and ratios, means): weighted least
    /// squares of the values on time with weights 1/SEᵢ², χ² = b²/var(b) = b²Σwᵢ(tᵢ − t̄)².
    /// </summary>
    public static TrendResult ForEstimates(ReadOnlySpan<double> values, ReadOnlySpan<double> standardErrors,
        ReadOnlySpan<double> scores = default, double significance = DefaultSignificance)
    {
        CheckLengths(values.Length, standardErrors.Length, scores);
        double sw = 0, swt = 0, swy = 0;
        var used = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!Usable(values[i]) || !(standardErrors[i] > 0) || !double.IsFinite(standardErrors[i]))
            {
                continue;
            }

            var w = 1 / (standardErrors[i] * standardErrors[i]);
            sw += w;
            swt += w * Score(scores, i);
            swy += w * values[i];
            used++;
        }

        if (used < MinimumPeriods)
        {
            return NotCalculated(TrendMethod.WeightedRegression, used, significance);
        }

        double meanT = swt / sw, meanY = swy / sw, sxx = 0, sxy = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!Usable(values[i]) || !(standardErrors[i] > 0) || !double.IsFinite(standardErrors[i]))
            {
                continue;
            }

            var w = 1 / (standardErrors[i] * standardErrors[i]);
            var dt = Score(scores, i) - meanT;
            sxx += w * dt * dt;
            sxy += w * dt * (values[i] - meanY);
        }

        var slope = sxx > 0 ? sxy / sxx : 0;
        return Verdict(slope * slope * sxx, slope, used, significance, TrendMethod.WeightedRegression);
    }

    private static TrendResult CountTest(ReadOnlySpan<double> counts, ReadOnlySpan<double> denominators,
        ReadOnlySpan<double> scores, double significance, TrendMethod method)
    {
        CheckLengths(counts.Length, denominators.Length, scores);
        double x = 0, n = 0, nt = 0, ntt = 0, xt = 0;
        var used = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (!Usable(counts[i]) || !(denominators[i] > 0) || !double.IsFinite(denominators[i]))
            {
                continue;
            }

            if (counts[i] < 0 || (method == TrendMethod.ChiSquareProportions && counts[i] > denominators[i]))
            {
                throw new ArgumentException($"Period {i}: count {counts[i]} is not valid for denominator {denominators[i]}.");
            }

            var t = Score(scores, i);
            x += counts[i];
            n += denominators[i];
            nt += denominators[i] * t;
            ntt += denominators[i] * t * t;
            xt += counts[i] * t;
            used++;
        }

        if (used < MinimumPeriods)
        {
            return NotCalculated(method, used, significance);
        }

        var p = x / n;
        var departure = xt - p * nt;
        // Poisson: Σtᵢ²eᵢ − (Σtᵢeᵢ)²/Σeᵢ with eᵢ = p nᵢ is p(Σnt² − (Σnt)²/Σn); binomial multiplies by (1 − p).
        var variance = p * (ntt - nt * nt / n);
        if (method == TrendMethod.ChiSquareProportions)
        {
            variance *= 1 - p;
        }

        var statistic = variance > 0 ? departure * departure / variance : 0;
        return Verdict(statistic, departure, used, significance, method);
    }

    private static TrendResult Verdict(double statistic, double signOfChange, int used, double significance,
        TrendMethod method)
    {
        CheckSignificance(significance);
        // Upper tail of χ²(1) through the regularised gamma: exact even for tiny p-values.
        var pValue = statistic > 0 ? SpecialFunctions.GammaUpperRegularized(0.5, statistic / 2) : 1;
        var direction = pValue >= significance || signOfChange == 0
            ? TrendDirection.NoSignificantChange
            : signOfChange > 0 ? TrendDirection.Increasing : TrendDirection.Decreasing;
        return new TrendResult(direction, method, statistic, pValue, used, significance);
    }

    private static TrendResult NotCalculated(TrendMethod method, int used, double significance)
    {
        CheckSignificance(significance);
        return new(TrendDirection.NotCalculated, method, double.NaN, double.NaN, used, significance);
    }

    private static void CheckSignificance(double significance)
    {
        if (!(significance > 0 && significance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(significance), significance, "A significance level is strictly between 0 and 1.");
        }
    }

    private static bool Usable(double value) => double.IsFinite(value);

    private static double Score(ReadOnlySpan<double> scores, int index) => scores.IsEmpty ? index : scores[index];

    private static void CheckLengths(int values, int others, ReadOnlySpan<double> scores)
    {
        if (values != others || (!scores.IsEmpty && scores.Length != values))
        {
            throw new ArgumentException(
                $"Every period needs a value and a denominator or standard error (and a score when scores are given): {values}, {others}, {scores.Length}.");
        }
    }
}
