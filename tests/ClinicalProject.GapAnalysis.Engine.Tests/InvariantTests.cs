using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.GapAnalysis.Engine.Tests;

/// <summary>Properties every correct implementation has, on seeded random cases over southern Quebec.</summary>
public sealed class InvariantTests
{
    private static (DemandPoint[] Areas, SupplyPoint[] Sites) RandomCase(int seed, int areaCount, int siteCount)
    {
        var random = new Random(seed);
        var areas = Enumerable.Range(0, areaCount)
            .Select(i => new DemandPoint($"A{i}", 50 + random.Next(950), 45 + random.NextDouble(),
                -74 + 2 * random.NextDouble()))
            .ToArray();
        var sites = Enumerable.Range(0, siteCount)
            .Select(j => new SupplyPoint($"S{j}", 1 + 20 * random.NextDouble(), 45 + random.NextDouble(),
                -74 + 2 * random.NextDouble()))
            .ToArray();
        return (areas, sites);
    }

    [Theory]
    [InlineData(CatchmentMethod.TwoStep)]
    [InlineData(CatchmentMethod.EnhancedTwoStep)]
    [InlineData(CatchmentMethod.Gaussian)]
    [InlineData(CatchmentMethod.Gravity)]
    [InlineData(CatchmentMethod.ThreeStep)]
    public void Demand_weighted_access_equals_the_supply_of_the_sites_demand_reaches(CatchmentMethod method)
    {
        // Σᵢ Pᵢ Aᵢ = Σⱼ Rⱼ Σᵢ Pᵢ uᵢⱼ = Σⱼ Sⱼ over the sites reached (u = v for these methods).
        var (areas, sites) = RandomCase(11, 400, 60);
        var result = FloatingCatchment.Compute(areas, sites, new GreatCircleCost(50), new(method, 30));
        Close.Equal(result.TotalSupplyReached, result.DemandWeightedAccess, 1e-10);
        Close.Equal(result.TotalSupplyReached, result.Areas.Sum(a => a.Demand * a.Access), 1e-10);
    }

    [Fact]
    public void Balanced_neither_inflates_demand_nor_supply()
    {
        // Σⱼ Dⱼ = Σ P over the areas reaching a site; Σᵢ Aᵢ = Σ Rⱼ over the sites reached.
        var (areas, sites) = RandomCase(12, 300, 40);
        var result = FloatingCatchment.Compute(areas, sites, new GreatCircleCost(50), new(CatchmentMethod.Balanced, 20));
        Close.Equal(result.Areas.Where(a => a.ReachesAnySite).Sum(a => a.Demand), result.Sites.Sum(s => s.WeightedDemand), 1e-10);
        Close.Equal(result.Sites.Where(s => s.AreasInReach > 0).Sum(s => s.Ratio), result.Areas.Sum(a => a.Access), 1e-10);
    }

    [Fact]
    public void With_an_unlimited_catchment_every_area_gets_total_supply_over_total_demand()
    {
        // Every site is within reach of every area: R = S_j / ΣP for all j, so A = ΣS / ΣP everywhere.
        var (areas, sites) = RandomCase(13, 200, 30);
        var result = FloatingCatchment.Compute(areas, sites, new GreatCircleCost(50),
            new(CatchmentMethod.TwoStep, double.PositiveInfinity));
        var expected = sites.Sum(s => s.Supply) / areas.Sum(a => a.Demand);
        Assert.All(result.Areas, a => Close.Equal(expected, a.Access, 1e-12));
        Assert.Equal(200L * 30, result.PairsInReach);
    }

    [Fact]
    public void A_network_built_once_gives_the_same_figures_as_a_direct_computation()
    {
        var (areas, sites) = RandomCase(14, 300, 50);
        var network = CatchmentNetwork.Build(areas, sites, new GreatCircleCost(40), 45);
        var doubled = sites.Select(s => 2 * s.Supply).ToArray();
        foreach (var method in Enum.GetValues<CatchmentMethod>())
        {
            var direct = FloatingCatchment.Compute(areas, sites, new GreatCircleCost(40), new(method, 30));
            var reused = network.Compute(new(method, 30));
            var scaled = network.Compute(new(method, 30), areas.Select(a => a.Demand).ToArray(), doubled);
            var both = network.ComputeEachSupply(new(method, 30), areas.Select(a => a.Demand).ToArray(),
                [sites.Select(s => s.Supply).ToArray(), doubled]);
            for (var i = 0; i < areas.Length; i++)
            {
                Close.Equal(direct.Areas[i].Access, reused.Areas[i].Access, 1e-12);
                // Access is linear in supply.
                Close.Equal(2 * direct.Areas[i].Access, scaled.Areas[i].Access, 1e-12);
                Close.Equal(direct.Areas[i].Access, both[0].Areas[i].Access, 1e-12);
                Close.Equal(scaled.Areas[i].Access, both[1].Areas[i].Access, 1e-12);
            }
        }
    }
}
