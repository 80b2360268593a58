using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>An indicator over every period computed, with each territory's trend.</summary>
/// <param name="Definition">The indicator.</param>
/// <param name="Periods">One result per period, in time order.</param>
/// <param name="Trends">Trend by territory id (NotCalculated with fewer than 5 usable periods).</param>
public sealed record IndicatorProfile(IndicatorDefinition Definition, IReadOnlyList<IndicatorPeriodResult> Periods,
    IReadOnlyList<TrendResult> Trends);
