using ClinicalProject.GapAnalysis.Engine.Gaps;
using ClinicalProject.GapAnalysis.Engine.Priority;

namespace ClinicalProject.GapAnalysis.Engine.Tests.Rules;

public sealed class PriorityRankerTests
{
    private static Gap GapOf(string territory, double severity, double people, int program = 8, GapType type = GapType.Accessibility) =>
        new(Gap.KeyOf(type, "r", program, territory, null), type, "r", program, territory, null, severity, people,
            new Dictionary<string, double>(), new Dictionary<string, double>(), "fr", "en");

    [Fact]
    public void Mean_quintile_is_population_weighted_over_known_quintiles()
    {
        // A: 100 people in Q1, 300 in Q5, 50 unknown: (100 + 1500) / 400 = 4.
        var means = PriorityRanker.MeanQuintiles([new("A", 100, 1), new("A", 300, 5), new("A", 50, null)]);
        Assert.Equal(4, means["A"], 12);
    }

    [Fact]
    public void Deprived_territories_weigh_more_and_the_ranking_follows_priority()
    {
        // A (q̄ 5, weight 1 + 1 × 4/4 = 2): 0.5 × 1,000 × 2 = 1,000. B (q̄ 1, weight 1): 0.8 × 1,000 = 800.
        // C (unknown deprivation, weight 1), program weight 3: 0.2 × 2,000 × 3 = 1,200.
        var means = new Dictionary<string, double> { ["A"] = 5, ["B"] = 1 };
        var ranked = PriorityRanker.Rank([GapOf("A", 0.5, 1000), GapOf("B", 0.8, 1000), GapOf("C", 0.2, 2000, program: 3)], means,
            program => program == 3 ? new PriorityWeights(3, 1) : new PriorityWeights(), []);
        Assert.Equal(["C", "A", "B"], ranked.Select(r => r.Gap.TerritoryCode).ToArray());
        Assert.Equal([1200.0, 1000.0, 800.0], ranked.Select(r => Math.Round(r.Priority, 9)).ToArray());
        Assert.Equal(2, ranked[1].DeprivationWeight, 12);
        Assert.Null(ranked[0].MeanQuintile);
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank).ToArray());
    }

    [Fact]
    public void Clinical_models_are_suggested_for_their_gap_types_and_programs()
    {
        var any = new ClinicalModelOffer(Guid.NewGuid(), "Équipe mobile", [], [GapType.Accessibility]);
        var mentalHealth = new ClinicalModelOffer(Guid.NewGuid(), "Aire ouverte", [8], [GapType.Accessibility, GapType.Continuity]);
        var seniors = new ClinicalModelOffer(Guid.NewGuid(), "SAD renforcé", [3], [GapType.Accessibility]);
        var capacity = new ClinicalModelOffer(Guid.NewGuid(), "GMF-R", [8], [GapType.Capacity]);
        var ranked = Assert.Single(PriorityRanker.Rank([GapOf("A", 1, 1)], new Dictionary<string, double>(), _ => new PriorityWeights(),
            [any, mentalHealth, seniors, capacity]));
        Assert.Equal(["Aire ouverte", "Équipe mobile"], ranked.Suggestions.Select(s => s.Name).ToArray());
    }
}
