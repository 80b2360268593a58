using ClinicalProject.GapAnalysis.Computation;
using ClinicalProject.GapAnalysis.Inputs;

namespace ClinicalProject.GapAnalysis.Tests.Computation;

public sealed class AreaLayoutTests
{
    private static ProfileInputs Profile(params (string Code, double Population)[] areas) => new(
        Guid.NewGuid(), 1, "h", "pop", "hash", null, 2021, "rls", "rls", null, [],
        areas.Select(a => new ProfileArea(a.Code, a.Population, null, null, [], null)).ToList(), [], []);

    private static AnalysisInputs Inputs(ProfileInputs profile, params TerritoryInput[] territories) =>
        new(profile, new InventoryInputs("v", [], [], [], [], [], [], []), territories, null);

    [Fact]
    public void An_area_without_a_centroid_takes_the_mean_of_its_descendants_and_one_without_any_is_left_out()
    {
        // RLS A has no centroid; its CLSC has none either; its DAs sit at (45, −72) and (46, −71): mean (45.5, −71.5).
        // RLS B has no descendant with a centroid: left out and counted.
        var inputs = Inputs(Profile(("A", 100), ("B", 50)),
            new TerritoryInput("R", "region", null, null, null),
            new TerritoryInput("A", "rls", "R", null, null),
            new TerritoryInput("A1", "clsc", "A", null, null),
            new TerritoryInput("a1", "da", "A1", 45, -72),
            new TerritoryInput("a2", "da", "A1", 46, -71),
            new TerritoryInput("B", "rls", "R", null, null));
        var layout = AreaLayout.Build(inputs, "rls");
        var area = Assert.Single(layout.Areas);
        Assert.Equal(("A", 45.5, -71.5, "A"), (area.Code, area.Latitude, area.Longitude, area.GapTerritory));
        Assert.Equal((1, 1), (layout.AreasWithDerivedCentroid, layout.AreasWithoutCentroid));
    }

    [Fact]
    public void A_territorys_point_is_the_population_weighted_mean_of_its_areas()
    {
        // 100 people at (45, −72) and 300 at (46, −71): (45.75, −71.25).
        var inputs = Inputs(Profile(("a1", 100), ("a2", 300)),
            new TerritoryInput("A", "rls", null, null, null),
            new TerritoryInput("a1", "da", "A", 45, -72),
            new TerritoryInput("a2", "da", "A", 46, -71));
        var layout = AreaLayout.Build(inputs, "rls");
        Assert.Equal((45.75, -71.25), layout.Centroid(["a1", "a2"]));
        Assert.Equal(["A", "A"], layout.Areas.Select(a => a.GapTerritory));
    }
}
