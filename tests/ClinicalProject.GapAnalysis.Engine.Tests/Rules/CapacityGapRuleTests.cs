using ClinicalProject.GapAnalysis.Engine.Capacity;

namespace ClinicalProject.GapAnalysis.Engine.Tests.Rules;

public sealed class CapacityGapRuleTests
{
    // Region: capacity 10 + 30 = 40 FTE for 2,000 + 2,000 expected users: 0.01 per user (10 per 1,000).
    // A: 10 / 2,000 = 5 per 1,000, half the region's: below 0.8 × 10 = 8; severity 1 − 5/8 = 0.375;
    // uncovered = 2,000 − 10 / 0.01 = 1,000. Projected: A 2,500 users → 4 per 1,000, severity 0.5, uncovered 1,500.
    private static readonly TerritoryNeed[] Needs =
    [
        new("A", 2000, 2500, 10),
        new("B", 2000, 2100, 30),
    ];

    [Fact]
    public void A_territory_with_less_capacity_per_expected_user_than_the_region_has_a_gap()
    {
        var gaps = CapacityGapRules.Find(3, Needs, 0.8, "ETP");
        var now = Assert.Single(gaps, g => g.Rule == CapacityGapRules.BelowNeed);
        Assert.Equal("A", now.TerritoryCode);
        Assert.Equal(0.375, now.Severity, 12);
        Assert.Equal(1000, now.PeopleAffected, 9);
        Assert.Equal(5, now.Figures["capacityPerThousandUsers"], 12);
        Assert.Equal(10, now.Figures["regionCapacityPerThousandUsers"], 12);
    }

    [Fact]
    public void Projected_need_is_checked_at_todays_capacity()
    {
        var projected = Assert.Single(CapacityGapRules.Find(3, Needs, 0.8, "ETP"), g => g.Rule == CapacityGapRules.BelowProjectedNeed);
        Assert.Equal(0.5, projected.Severity, 12);
        Assert.Equal(1500, projected.PeopleAffected, 9);
    }

    [Fact]
    public void No_capacity_anywhere_gives_no_ratio_gap() =>
        Assert.Empty(CapacityGapRules.Find(3, [new TerritoryNeed("A", 100, null, 0)], 0.8, "ETP"));

    [Fact]
    public void Small_ratios_read_with_three_significant_digits()
    {
        // 0.003 + 0.009 = 0.012 FTE for 4,000 users: 0.003 per 1,000 in the region; A: 0.003 / 2,000 = 0.0015 per 1,000.
        var gap = Assert.Single(CapacityGapRules.Find(3, [new TerritoryNeed("A", 2000, null, 0.003), new TerritoryNeed("B", 2000, null, 0.009)], 0.8, "ETP"));
        Assert.Contains("A: 0.0015 ETP per 1,000 expected users (now)", gap.SentenceEn, StringComparison.Ordinal);
        Assert.Contains("against 0.003 in the region", gap.SentenceEn, StringComparison.Ordinal);
        Assert.Contains("A : 0,0015 ETP pour 1 000 usagers attendus (maintenant)", gap.SentenceFr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.00234567, "0.00235")]
    [InlineData(0.5, "0.5")]
    [InlineData(12.5, "12.5")]
    [InlineData(1234.5, "1,235")]
    [InlineData(0, "0")]
    public void Significant_digits_follow_the_scale(double value, string expected) =>
        Assert.Equal(expected, ClinicalProject.GapAnalysis.Engine.Gaps.Numbers.SignificantEn(value));
}
