namespace ClinicalProject.Benchmarks.Impact;

/// <summary>
/// How far ours and statsmodels' figures are apart: the largest relative difference per kind of figure. Standard
/// errors, p-values and chart limits are compared relative to themselves; coefficients and interval limits relative
/// to the larger of themselves and the coefficient's standard error, since a coefficient or limit that happens to
/// lie near 0 (a slope change of 0.0004 ± 0.01) has no relative precision of its own: two exact methods that
/// differ in rounding (QR here, a pseudo-inverse in statsmodels) differ by ~1e-10 of the series' scale there.
/// </summary>
public sealed record Agreement(IReadOnlyList<(string Figure, double MaxRelative, int Over)> Rows, int IntegerMismatches)
{
    public const double Tolerance = 1e-8;

    public bool AllWithinTolerance => IntegerMismatches == 0 && Rows.All(r => r.Over == 0);

    public static Agreement Compare(RunResult ours, RunResult theirs, int series, int points)
    {
        string[] itsNames = ["coefficients", "standard errors", "p-values", "lower limits", "upper limits"];
        var rows = new List<(string, double, int)>();
        for (var kind = 0; kind < itsNames.Length; kind++)
        {
            var (max, over) = (0.0, 0);
            for (var s = 0; s < series; s++)
            {
                for (var j = 0; j < 4; j++)
                {
                    var i = s * RunResult.ItsFields + kind * 4 + j;
                    var standardError = theirs.Its[s * RunResult.ItsFields + 4 + j];
                    var scale = kind is 0 or 3 or 4 ? Math.Max(Math.Abs(theirs.Its[i]), standardError) : Math.Abs(theirs.Its[i]);
                    Accumulate(ours.Its[i], theirs.Its[i], scale, ref max, ref over);
                }
            }

            rows.Add(($"ITS {itsNames[kind]}", max, over));
        }

        var fields = RunResult.UChartFields(points);
        var (limitMax, limitOver, mismatches) = (0.0, 0, 0);
        for (var s = 0; s < series; s++)
        {
            for (var f = 0; f < fields; f++)
            {
                var i = s * fields + f;
                if (f <= 2 * points)
                {
                    Accumulate(ours.UChart[i], theirs.UChart[i], Math.Abs(theirs.UChart[i]), ref limitMax, ref limitOver);
                }
                else if (ours.UChart[i] != theirs.UChart[i])
                {
                    mismatches++;
                }
            }
        }

        rows.Add(("u chart centre and limits", limitMax, limitOver));
        return new Agreement(rows, mismatches);
    }

    private static void Accumulate(double ours, double theirs, double scale, ref double max, ref int over)
    {
        // Zeros (a lower limit clamped at 0) compare absolutely.
        var relative = scale == 0 ? Math.Abs(ours) : Math.Abs(ours - theirs) / scale;
        if (double.IsNaN(relative) || relative > Tolerance)
        {
            over++;
        }

        max = Math.Max(max, double.IsNaN(relative) ? double.PositiveInfinity : relative);
    }
}
