namespace ClinicalProject.GapAnalysis.Engine.Gaps;

/// <summary>One area's access score for a program, and the territory it is counted in.</summary>
/// <param name="Reached">Whether any site of the program is within reach of the area.</param>
public sealed record AreaScore(string AreaCode, string TerritoryCode, double Population, double Score, bool Reached);

/// <summary>A program's accessibility thresholds.</summary>
/// <param name="MinimumScore">A territory whose population-weighted score is below it has a gap (0: no absolute threshold).</param>
/// <param name="RegionFraction">A territory whose score is below this fraction of the region's has a gap (0: no relative threshold).</param>
public sealed record AccessibilityThresholds(double MinimumScore = 0, double RegionFraction = 0.5);

/// <summary>
/// Accessibility gaps of one program, per territory: people in areas from which no site of the program is within
/// reach; a territory score (population-weighted mean of its areas) below a threshold or far below the region's.
/// </summary>
public static class AccessibilityGapRules
{
    public const string NoServiceInReach = "no-service-within-reach";
    public const string BelowThreshold = "access-below-threshold";
    public const string FarBelowRegion = "access-far-below-region";

    /// <summary>Population-weighted mean access of a set of areas (0 when they have no population).</summary>
    public static double WeightedScore(IEnumerable<AreaScore> areas)
    {
        double people = 0, weighted = 0;
        foreach (var area in areas)
        {
            people += area.Population;
            weighted += area.Population * area.Score;
        }

        return people > 0 ? weighted / people : 0;
    }

    public static IReadOnlyList<Gap> Find(int program, IReadOnlyList<AreaScore> areas, AccessibilityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(thresholds);
        var region = WeightedScore(areas);
        var gaps = new List<Gap>();
        foreach (var territory in areas.GroupBy(a => a.TerritoryCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var population = territory.Sum(a => a.Population);
            if (population <= 0)
            {
                continue;
            }

            var score = WeightedScore(territory);
            var unreached = territory.Where(a => !a.Reached).Sum(a => a.Population);
            var name = (Fr: ProgramNames.Fr(program), En: ProgramNames.En(program));
            if (unreached > 0)
            {
                var share = unreached / population;
                gaps.Add(new Gap(Gap.KeyOf(GapType.Accessibility, NoServiceInReach, program, territory.Key, null), GapType.Accessibility,
                    NoServiceInReach, program, territory.Key, null, Numbers.Clamp01(share), unreached,
                    new Dictionary<string, double> { ["peopleWithoutService"] = unreached, ["population"] = population, ["shareWithoutService"] = share },
                    new Dictionary<string, double> { ["peopleWithoutService"] = 0 },
                    $"{territory.Key} : {Numbers.Fr(unreached)} personnes ({Numbers.PercentFr(share)}) n'ont aucun service du programme {name.Fr} à portée.",
                    $"{territory.Key}: {Numbers.En(unreached)} people ({Numbers.PercentEn(share)}) have no {name.En} service within reach."));
            }

            if (thresholds.MinimumScore > 0 && score < thresholds.MinimumScore)
            {
                var severity = Numbers.Clamp01(1 - (score / thresholds.MinimumScore));
                gaps.Add(new Gap(Gap.KeyOf(GapType.Accessibility, BelowThreshold, program, territory.Key, null), GapType.Accessibility,
                    BelowThreshold, program, territory.Key, null, severity, population,
                    new Dictionary<string, double> { ["accessScore"] = score, ["regionAccessScore"] = region, ["population"] = population },
                    new Dictionary<string, double> { ["minimumScore"] = thresholds.MinimumScore },
                    $"{territory.Key} : l'accessibilité au programme {name.Fr} ({Numbers.SignificantFr(score)}) est sous le seuil de {Numbers.SignificantFr(thresholds.MinimumScore)}.",
                    $"{territory.Key}: access to {name.En} ({Numbers.SignificantEn(score)}) is below the threshold of {Numbers.SignificantEn(thresholds.MinimumScore)}."));
            }

            var floor = thresholds.RegionFraction * region;
            if (thresholds.RegionFraction > 0 && region > 0 && score < floor)
            {
                var severity = Numbers.Clamp01(1 - (score / floor));
                gaps.Add(new Gap(Gap.KeyOf(GapType.Accessibility, FarBelowRegion, program, territory.Key, null), GapType.Accessibility,
                    FarBelowRegion, program, territory.Key, null, severity, population,
                    new Dictionary<string, double> { ["accessScore"] = score, ["regionAccessScore"] = region, ["ratioToRegion"] = score / region, ["population"] = population },
                    new Dictionary<string, double> { ["regionFraction"] = thresholds.RegionFraction },
                    $"{territory.Key} : l'accessibilité au programme {name.Fr} ({Numbers.SignificantFr(score)}) est à {Numbers.PercentFr(score / region)} de celle de la région ({Numbers.SignificantFr(region)}), sous le seuil de {Numbers.PercentFr(thresholds.RegionFraction)}.",
                    $"{territory.Key}: access to {name.En} ({Numbers.SignificantEn(score)}) is {Numbers.PercentEn(score / region)} of the region's ({Numbers.SignificantEn(region)}), below the {Numbers.PercentEn(thresholds.RegionFraction)} threshold."));
            }
        }

        return gaps;
    }
}
