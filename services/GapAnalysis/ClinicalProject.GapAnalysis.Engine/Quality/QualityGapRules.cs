using ClinicalProject.GapAnalysis.Engine.Gaps;
using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Engine.Quality;

/// <summary>
/// Quality gaps (Fingertips): a figure significantly worse than its benchmark (the province, else the parent);
/// "worse and worsening" when, besides, its trend is significant and adverse (increasing when low is good,
/// decreasing when high is good). Severity: worse (95 %) 0.5, worst (99.8 %) 0.75, plus 0.25 when worsening.
/// An indicator without polarity has no "worse" and gives no gap.
/// </summary>
public static class QualityGapRules
{
    public const string WorseThanBenchmark = "worse-than-benchmark";
    public const string WorseAndWorsening = "worse-and-worsening";

    public static IReadOnlyList<Gap> Find(IReadOnlyList<IndicatorFigure> figures, IReadOnlyList<IndicatorTrend> trends,
        IReadOnlyDictionary<string, double> populations, IReadOnlyCollection<int> programs)
    {
        var trendOf = trends.ToDictionary(t => (t.Indicator, t.TerritoryCode));
        var gaps = new List<Gap>();
        foreach (var figure in figures.OrderBy(f => f.Indicator, StringComparer.Ordinal).ThenBy(f => f.TerritoryCode, StringComparer.Ordinal))
        {
            var (benchmark, outcome) = IsWorse(figure.VersusProvince) ? ("province", figure.VersusProvince)
                : IsWorse(figure.VersusParent) ? ("parent", figure.VersusParent) : (null, ComparisonOutcome.NotCompared);
            if (benchmark is null)
            {
                continue;
            }

            var worsening = trendOf.TryGetValue((figure.Indicator, figure.TerritoryCode), out var trend) && IsAdverse(trend.Direction, figure.Polarity);
            var rule = worsening ? WorseAndWorsening : WorseThanBenchmark;
            var severity = (outcome == ComparisonOutcome.Worst ? 0.75 : 0.5) + (worsening ? 0.25 : 0);
            var people = populations.TryGetValue(figure.TerritoryCode, out var p) ? p : 0;
            var figuresRead = new Dictionary<string, double> { ["population"] = people };
            if (figure.Value is { } value) figuresRead["value"] = value;
            if (figure.LowerCi95 is { } lower) figuresRead["lowerCi95"] = lower;
            if (figure.UpperCi95 is { } upper) figuresRead["upperCi95"] = upper;
            if (worsening && trend!.PValue is { } pValue) figuresRead["trendPValue"] = pValue;
            var thresholds = new Dictionary<string, double> { ["confidenceLevel"] = outcome == ComparisonOutcome.Worst ? 0.998 : 0.95 };
            var versusFr = benchmark == "province" ? "la province" : "le territoire parent";
            var versusEn = benchmark == "province" ? "the province" : "the parent territory";
            var targets = figure.Programs.Count > 0 ? figure.Programs.Where(programs.Contains).ToList() : [0];
            foreach (var program in targets)
            {
                var programFr = program == 0 ? "" : $" ({ProgramNames.Fr(program)})";
                var programEn = program == 0 ? "" : $" ({ProgramNames.En(program)})";
                gaps.Add(new Gap(Gap.KeyOf(GapType.Quality, rule, program, figure.TerritoryCode, figure.Indicator), GapType.Quality, rule, program,
                    figure.TerritoryCode, figure.Indicator, severity, people, figuresRead, thresholds,
                    $"{figure.TerritoryCode} : l'indicateur {figure.Indicator}{programFr} est significativement pire que {versusFr} (IC à {(outcome == ComparisonOutcome.Worst ? "99,8" : "95")} %)" +
                    (worsening ? " et sa tendance se détériore significativement." : "."),
                    $"{figure.TerritoryCode}: indicator {figure.Indicator}{programEn} is significantly worse than {versusEn} ({(outcome == ComparisonOutcome.Worst ? "99.8" : "95")}% CI)" +
                    (worsening ? " and its trend is significantly worsening." : ".")));
            }
        }

        return gaps;
    }

    private static bool IsWorse(ComparisonOutcome outcome) => outcome is ComparisonOutcome.Worse or ComparisonOutcome.Worst;

    private static bool IsAdverse(TrendDirection direction, Polarity polarity) => polarity switch
    {
        Polarity.LowIsGood => direction == TrendDirection.Increasing,
        Polarity.HighIsGood => direction == TrendDirection.Decreasing,
        _ => false,
    };
}
