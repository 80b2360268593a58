using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>What a reader of an evaluation should know before trusting it (flags; <c>None</c> when nothing).</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<EvaluationWarnings>))]
public enum EvaluationWarnings
{
    /// <summary>Nothing to report.</summary>
    None = 0,

    /// <summary>Fewer than <see cref="InterruptedTimeSeries.RecommendedPointsPerSegment"/> points before the intervention.</summary>
    FewPointsBefore = 1,

    /// <summary>Fewer than <see cref="InterruptedTimeSeries.RecommendedPointsPerSegment"/> points after the intervention.</summary>
    FewPointsAfter = 2,

    /// <summary>
    /// Newey–West errors on fewer than <see cref="InterruptedTimeSeries.NeweyWestMinimumPoints"/> points: the
    /// autocorrelation cannot be estimated well, OLS errors are often the better choice.
    /// </summary>
    PreferOlsWithFewPoints = 4,

    /// <summary>The values lie exactly on the fitted lines: standard errors are 0, no p-values.</summary>
    NoResidualVariation = 8,

    /// <summary>A group has fewer than 2 distinct pre-period times, or fewer than 5 pre-period rows in all: no pre-trends.</summary>
    PreTrendNotEstimable = 16,

    /// <summary>An observation has leverage 1 (HC2/HC3 undefined for it); HC1 was used instead.</summary>
    FullLeverageFellBackToHC1 = 32,
}
