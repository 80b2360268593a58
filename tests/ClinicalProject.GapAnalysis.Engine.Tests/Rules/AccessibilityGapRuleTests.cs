using ClinicalProject.GapAnalysis.Engine.Gaps;

namespace ClinicalProject.GapAnalysis.Engine.Tests.Rules;

public sealed class AccessibilityGapRuleTests
{
    // Territory A: areas a1 (100 people, score 0.002) and a2 (300 people, unreached, 0): score (0.2 + 0) / 400 = 0.0005.
    // Territory B: b1 (600 people, score 0.003): 0.003. Region: (0.2 + 1.8) / 1000 = 0.002.
    private static readonly AreaScore[] Areas =
    [
        new("a1", "A", 100, 0.002, true),
        new("a2", "A", 300, 0, false),
        new("b1", "B", 600, 0.003, true),
    ];

    [Fact]
    public void Weighted_score_is_the_population_weighted_mean()
    {
        Assert.Equal(0.002, AccessibilityGapRules.WeightedScore(Areas), 12);
        Assert.Equal(0.0005, AccessibilityGapRules.WeightedScore(Areas.Take(2)), 12);
    }

    [Fact]
    public void People_without_a_service_within_reach_are_a_gap()
    {
        var gap = Assert.Single(AccessibilityGapRules.Find(8, Areas, new AccessibilityThresholds(0, 0)), g => g.Rule == AccessibilityGapRules.NoServiceInReach);
        Assert.Equal("A", gap.TerritoryCode);
        Assert.Equal(300, gap.PeopleAffected);
        Assert.Equal(0.75, gap.Severity, 12);
        Assert.Contains("300", gap.SentenceEn);
        Assert.Contains("Santé mentale", gap.SentenceFr);
    }

    [Fact]
    public void A_territory_far_below_the_region_is_a_gap_with_its_figures()
    {
        // Half the region's score is 0.001: A (0.0005) is below it, severity 1 − 0.0005/0.001 = 0.5; B is not.
        var gaps = AccessibilityGapRules.Find(8, Areas, new AccessibilityThresholds(0, 0.5)).Where(g => g.Rule == AccessibilityGapRules.FarBelowRegion).ToList();
        var gap = Assert.Single(gaps);
        Assert.Equal("A", gap.TerritoryCode);
        Assert.Equal(0.5, gap.Severity, 12);
        Assert.Equal(400, gap.PeopleAffected);
        Assert.Equal(0.0005, gap.Figures["accessScore"], 12);
        Assert.Equal(0.002, gap.Figures["regionAccessScore"], 12);
        Assert.Equal(0.5, gap.Thresholds["regionFraction"]);
    }

    [Fact]
    public void An_absolute_threshold_flags_every_territory_below_it()
    {
        // Threshold 0.004: A severity 1 − 0.0005/0.004 = 0.875, B 1 − 0.003/0.004 = 0.25.
        var gaps = AccessibilityGapRules.Find(8, Areas, new AccessibilityThresholds(0.004, 0)).Where(g => g.Rule == AccessibilityGapRules.BelowThreshold)
            .ToDictionary(g => g.TerritoryCode);
        Assert.Equal(0.875, gaps["A"].Severity, 12);
        Assert.Equal(0.25, gaps["B"].Severity, 12);
        Assert.Equal("accessibility/access-below-threshold/8/B", gaps["B"].Key);
    }
}
