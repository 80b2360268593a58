using ClinicalProject.GapAnalysis.Engine.Gaps;

namespace ClinicalProject.GapAnalysis.Engine.Capacity;

/// <summary>
/// Need-adjusted capacity of one program: a territory's capacity per expected user against the region's
/// (Σ capacity / Σ expected users). A territory below <c>regionFraction</c> of the region's ratio has a gap, now
/// or in the projected period (at today's capacity). People affected: the expected users its capacity does not
/// cover at the region's ratio, E − C / r.
/// </summary>
public static class CapacityGapRules
{
    public const string BelowNeed = "capacity-below-need";
    public const string BelowProjectedNeed = "capacity-below-projected-need";

    public static IReadOnlyList<Gap> Find(int program, IReadOnlyList<TerritoryNeed> territories, double regionFraction, string capacityUnit)
    {
        ArgumentNullException.ThrowIfNull(territories);
        var gaps = new List<Gap>();
        var capacity = territories.Sum(t => t.Capacity);
        var now = territories.Sum(t => t.ExpectedNow);
        if (capacity <= 0 || now <= 0 || regionFraction <= 0)
        {
            return gaps; // no capacity anywhere is an accessibility gap (no service within reach), not a ratio
        }

        var regionRatio = capacity / now;
        var projectedTotal = territories.All(t => t.ExpectedProjected is not null) ? territories.Sum(t => t.ExpectedProjected!.Value) : (double?)null;
        foreach (var territory in territories.OrderBy(t => t.TerritoryCode, StringComparer.Ordinal))
        {
            Check(territory.ExpectedNow, BelowNeed, "maintenant", "now");
            if (territory.ExpectedProjected is { } projected && projectedTotal is > 0)
            {
                Check(projected, BelowProjectedNeed, "en projection", "projected");
            }

            void Check(double expected, string rule, string whenFr, string whenEn)
            {
                if (expected <= 0)
                {
                    return;
                }

                var ratio = territory.Capacity / expected;
                var floor = regionFraction * regionRatio;
                if (ratio >= floor)
                {
                    return;
                }

                var uncovered = expected - (territory.Capacity / regionRatio);
                gaps.Add(new Gap(Gap.KeyOf(GapType.Capacity, rule, program, territory.TerritoryCode, null), GapType.Capacity, rule, program,
                    territory.TerritoryCode, null, Numbers.Clamp01(1 - (ratio / floor)), uncovered,
                    new Dictionary<string, double>
                    {
                        ["expectedUsers"] = expected, ["capacity"] = territory.Capacity, ["capacityPerThousandUsers"] = ratio * 1000,
                        ["regionCapacityPerThousandUsers"] = regionRatio * 1000, ["uncoveredUsers"] = uncovered,
                    },
                    new Dictionary<string, double> { ["regionFraction"] = regionFraction },
                    $"{territory.TerritoryCode} : {Numbers.SignificantFr(ratio * 1000)} {capacityUnit} pour 1 000 usagers attendus ({whenFr}) au programme {ProgramNames.Fr(program)}, " +
                    $"contre {Numbers.SignificantFr(regionRatio * 1000)} dans la région ; {Numbers.Fr(uncovered)} usagers attendus non couverts.",
                    $"{territory.TerritoryCode}: {Numbers.SignificantEn(ratio * 1000)} {capacityUnit} per 1,000 expected users ({whenEn}) of {ProgramNames.En(program)}, " +
                    $"against {Numbers.SignificantEn(regionRatio * 1000)} in the region; {Numbers.En(uncovered)} expected users not covered."));
            }
        }

        return gaps;
    }
}
