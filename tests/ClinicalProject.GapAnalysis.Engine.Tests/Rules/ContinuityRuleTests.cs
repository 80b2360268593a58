using ClinicalProject.GapAnalysis.Engine.Continuity;

namespace ClinicalProject.GapAnalysis.Engine.Tests.Rules;

public sealed class ContinuityRuleTests
{
    private static readonly Guid Clsc = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Hospital = Guid.Parse("00000000-0000-0000-0000-0000000000b2");
    private static readonly Guid ClscSite = Guid.Parse("00000000-0000-0000-0000-000000000011");
    private static readonly Guid HospitalSite = Guid.Parse("00000000-0000-0000-0000-000000000022");
    private static readonly Guid CorridorId = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid AgreementId = Guid.Parse("00000000-0000-0000-0000-0000000000d1");

    // First line at the CLSC (in reach of both territories), second line at the hospital (in reach of A only),
    // third line required but offered nowhere.
    private static readonly LevelOffer[] Offers =
    [
        new(Guid.NewGuid(), Clsc, 8, ContinuumLevel.FirstLine, [ClscSite]),
        new(Guid.NewGuid(), Hospital, 8, ContinuumLevel.SecondLine, [HospitalSite]),
    ];

    private static readonly TerritoryReach[] Territories =
    [
        new("A", 1000, new HashSet<Guid> { ClscSite, HospitalSite }, new HashSet<Guid> { Clsc, Hospital }),
        new("B", 500, new HashSet<Guid> { ClscSite }, new HashSet<Guid> { Clsc }),
    ];

    private static LevelAvailability StatusOf(IReadOnlyList<LevelStatus> statuses, string territory, ContinuumLevel level) =>
        statuses.Single(s => s.TerritoryCode == territory && s.Level == level).Availability;

    [Fact]
    public void Without_corridor_or_agreement_a_level_out_of_reach_is_missing()
    {
        var statuses = ContinuityRules.Statuses(8, Territories, Offers, [], [], [ContinuumLevel.ThirdLine]);
        Assert.Equal(LevelAvailability.WithinReach, StatusOf(statuses, "A", ContinuumLevel.SecondLine));
        Assert.Equal(LevelAvailability.Missing, StatusOf(statuses, "B", ContinuumLevel.SecondLine));
        Assert.Equal(LevelAvailability.Missing, StatusOf(statuses, "A", ContinuumLevel.ThirdLine));
        Assert.Equal(6, statuses.Count); // 2 territories × (first, second, third line)

        var gaps = ContinuityRules.Find(8, Territories, Offers, [], [], [ContinuumLevel.ThirdLine], []);
        Assert.Equal(["A/third-line", "B/second-line", "B/third-line"], gaps.Select(g => $"{g.TerritoryCode}/{g.Subject}").Order().ToArray());
        Assert.Equal(500, gaps.Single(g => g.TerritoryCode == "B" && g.Subject == "second-line").PeopleAffected);
    }

    [Fact]
    public void A_corridor_from_an_organisation_in_reach_to_a_provider_closes_the_gap()
    {
        var corridor = new Corridor(CorridorId, 8, ContinuumLevel.SecondLine, Clsc, Hospital);
        var statuses = ContinuityRules.Statuses(8, Territories, Offers, [corridor], [], []);
        Assert.Equal(LevelAvailability.ThroughCorridor, StatusOf(statuses, "B", ContinuumLevel.SecondLine));
        Assert.Equal(CorridorId, statuses.Single(s => s.TerritoryCode == "B" && s.Level == ContinuumLevel.SecondLine).Through);
    }

    [Fact]
    public void A_corridor_of_another_level_or_program_does_not()
    {
        Corridor[] corridors = [new(CorridorId, 8, ContinuumLevel.ThirdLine, Clsc, Hospital), new(CorridorId, 7, ContinuumLevel.SecondLine, Clsc, Hospital)];
        Assert.Equal(LevelAvailability.Missing, StatusOf(ContinuityRules.Statuses(8, Territories, Offers, corridors, [], []), "B", ContinuumLevel.SecondLine));
    }

    [Fact]
    public void An_agreement_binding_both_organisations_makes_the_level_reachable()
    {
        var agreement = new Agreement(AgreementId, "Entente santé mentale", 8, [Clsc, Hospital], new Dictionary<string, int> { ["P1"] = 3 });
        Assert.Equal(LevelAvailability.ThroughAgreement,
            StatusOf(ContinuityRules.Statuses(8, Territories, Offers, [], [agreement], []), "B", ContinuumLevel.SecondLine));
    }

    [Fact]
    public void A_reported_delay_beyond_the_agreements_maximum_is_a_gap()
    {
        // P1: maximum 3 days, reported 4.5: severity (4.5 − 3) / 3 = 0.5; people: both territories reach the CLSC, 1,500.
        var agreement = new Agreement(AgreementId, "Entente santé mentale", 8, [Clsc, Hospital], new Dictionary<string, int> { ["P1"] = 3, ["P2"] = 30 });
        var gaps = ContinuityRules.Find(8, Territories, Offers, [], [agreement], [], [new(AgreementId, "P1", 4.5), new(AgreementId, "P2", 30)]);
        var gap = Assert.Single(gaps, g => g.Rule == ContinuityRules.DelayNotMet);
        Assert.Equal(0.5, gap.Severity, 12);
        Assert.Equal(1500, gap.PeopleAffected);
        Assert.Equal(3, gap.Thresholds["maximumDelayDays"]);
    }
}
