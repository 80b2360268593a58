using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.GapAnalysis.Engine.Tests;

/// <summary>
/// Two areas, two sites, a travel-time matrix; every expected value worked by hand in the comments.
/// a (P = 100) → x 5 min, → y 25 min; b (P = 300) → x 15 min, → y 40 min.  x: S = 10, y: S = 5.
/// </summary>
public sealed class HandWorkedAccessibilityTests
{
    private static readonly DemandPoint[] Areas = [new("a", 100, 0, 0), new("b", 300, 0, 0)];
    private static readonly SupplyPoint[] Sites = [new("x", 10, 0, 0), new("y", 5, 0, 0)];

    private static readonly TravelTimeMatrix Matrix = new(
    [
        new("a", "x", 5), new("a", "y", 25), new("b", "x", 15), new("b", "y", 40),
    ]);

    private static AccessibilityResult Run(CatchmentParameters parameters) =>
        FloatingCatchment.Compute(Areas, Sites, Matrix, parameters);

    [Fact]
    public void Two_step_divides_supply_by_the_demand_in_reach_and_sums_the_ratios()
    {
        // Catchment 30: b → y (40) is out. D_x = 100 + 300 = 400, R_x = 10/400 = 0.025; D_y = 100, R_y = 5/100 = 0.05.
        // A_a = 0.025 + 0.05 = 0.075; A_b = 0.025. Σ P·A = 7.5 + 7.5 = 15 = Σ S.
        var result = Run(new(CatchmentMethod.TwoStep));
        Close.Equal(0.025, result.Sites[0].Ratio);
        Close.Equal(0.05, result.Sites[1].Ratio);
        Close.Equal(400, result.Sites[0].WeightedDemand);
        Close.Equal(0.075, result.Areas[0].Access);
        Close.Equal(0.025, result.Areas[1].Access);
        Close.Equal(15, result.DemandWeightedAccess);
        Assert.Equal([2, 1], result.Areas.Select(a => a.SitesInReach));
        Assert.Equal([2, 1], result.Sites.Select(s => s.AreasInReach));
        Assert.Equal(3, result.PairsInReach);
    }

    [Fact]
    public void Enhanced_two_step_weights_each_pair_by_its_Luo_Qi_band()
    {
        // W: a→x 5 min 1.00; a→y 25 min 0.22; b→x 15 min 0.68.
        // D_x = 100·1 + 300·0.68 = 304, R_x = 10/304; D_y = 100·0.22 = 22, R_y = 5/22.
        // A_a = R_x·1 + R_y·0.22 = 10/304 + 0.05; A_b = R_x·0.68 = 6.8/304.
        // Σ P·A = 1000/304 + 5 + 2040/304 = 10 + 5 = 15.
        var result = Run(new(CatchmentMethod.EnhancedTwoStep));
        Close.Equal(10.0 / 304, result.Sites[0].Ratio);
        Close.Equal(5.0 / 22, result.Sites[1].Ratio);
        Close.Equal(10.0 / 304 + 0.05, result.Areas[0].Access);
        Close.Equal(6.8 / 304, result.Areas[1].Access);
        Close.Equal(15, result.DemandWeightedAccess);
    }

    [Theory]
    [InlineData(10, 1.00)]
    [InlineData(10.000001, 0.68)]
    [InlineData(20, 0.68)]
    [InlineData(30, 0.22)]
    [InlineData(0, 1.00)]
    public void Luo_Qi_thresholds_are_inclusive(double minutes, double weight)
    {
        // One area (P = 50), one site (S = 2): D = 50·W, R = 2/(50·W), A = R·W = 2/50 = 0.04 whatever W;
        // the weighted demand shows W itself.
        var result = FloatingCatchment.Compute([new("a", 50, 0, 0)], [new("x", 2, 0, 0)],
            new TravelTimeMatrix([new("a", "x", minutes)]), new(CatchmentMethod.EnhancedTwoStep));
        Close.Equal(50 * weight, result.Sites[0].WeightedDemand);
        Close.Equal(0.04, result.Areas[0].Access);
    }

    [Fact]
    public void Gaussian_decay_weights_pairs_by_exp_of_minus_t_squared_over_two_sigma_squared()
    {
        // σ = 15: W(5) = e^(−25/450), W(25) = e^(−625/450), W(15) = e^(−225/450).
        // D_x = 100·W(5) + 300·W(15); D_y = 100·W(25). A_a = R_x·W(5) + R_y·W(25); A_b = R_x·W(15).
        double w5 = Math.Exp(-25.0 / 450), w25 = Math.Exp(-625.0 / 450), w15 = Math.Exp(-225.0 / 450);
        var rx = 10 / (100 * w5 + 300 * w15);
        var ry = 5 / (100 * w25);
        var result = Run(new(CatchmentMethod.Gaussian) { GaussianBandwidthMinutes = 15 });
        Close.Equal(rx * w5 + ry * w25, result.Areas[0].Access);
        Close.Equal(rx * w15, result.Areas[1].Access);
        Close.Equal(15, result.DemandWeightedAccess);
    }

    [Fact]
    public void Gravity_decay_weights_pairs_by_the_inverse_power_of_time()
    {
        // β = 2, t_min = 1: W(5) = 1/25, W(25) = 1/625, W(15) = 1/225.
        // D_x = 100/25 + 300/225 = 4 + 4/3 = 16/3, R_x = 10·3/16 = 1.875; D_y = 100/625 = 0.16, R_y = 5/0.16 = 31.25.
        // A_a = 1.875/25 + 31.25/625 = 0.075 + 0.05 = 0.125; A_b = 1.875/225 = 0.008333….
        var result = Run(new(CatchmentMethod.Gravity) { GravityExponent = 2, GravityMinimumMinutes = 1 });
        Close.Equal(1.875, result.Sites[0].Ratio);
        Close.Equal(31.25, result.Sites[1].Ratio);
        Close.Equal(0.125, result.Areas[0].Access);
        Close.Equal(1.875 / 225, result.Areas[1].Access);
    }

    [Fact]
    public void Three_step_splits_each_areas_demand_by_selection_weights()
    {
        // Catchment 60 (all four pairs), weights 0.962 (≤10), 0.704 (≤20), 0.377 (≤30), 0.042 (≤60).
        // a: W_ax = 0.962, W_ay = 0.377, Σ = 1.339; b: W_bx = 0.704, W_by = 0.042, Σ = 0.746.
        // u = W·G = W²/Σ_row: u_ax = 0.962²/1.339, u_ay = 0.377²/1.339, u_bx = 0.704²/0.746, u_by = 0.042²/0.746.
        // D_x = 100 u_ax + 300 u_bx, D_y = 100 u_ay + 300 u_by; A_a = R_x u_ax + R_y u_ay; A_b = R_x u_bx + R_y u_by.
        double uax = 0.962 * 0.962 / 1.339, uay = 0.377 * 0.377 / 1.339;
        double ubx = 0.704 * 0.704 / 0.746, uby = 0.042 * 0.042 / 0.746;
        var rx = 10 / (100 * uax + 300 * ubx);
        var ry = 5 / (100 * uay + 300 * uby);
        var result = Run(new(CatchmentMethod.ThreeStep, 60));
        Close.Equal(rx, result.Sites[0].Ratio);
        Close.Equal(ry, result.Sites[1].Ratio);
        Close.Equal(rx * uax + ry * uay, result.Areas[0].Access);
        Close.Equal(rx * ubx + ry * uby, result.Areas[1].Access);
        Close.Equal(15, result.DemandWeightedAccess);
    }

    [Fact]
    public void Balanced_splits_demand_over_sites_reached_and_ratios_over_areas_served()
    {
        // Catchment 30: a reaches x, y (2 sites); b reaches x (1). x is reached by a, b (2 areas); y by a (1).
        // Demand allocated: D_x = 100/2 + 300/1 = 350, D_y = 100/2 = 50 (Σ = 400 = Σ P: no demand inflation).
        // R_x = 10/350 = 1/35, R_y = 5/50 = 0.1. A_a = R_x/2 + R_y/1 = 1/70 + 0.1; A_b = R_x/2 = 1/70.
        // Σ A = 1/35 + 0.1 = Σ R (no supply inflation).
        var result = Run(new(CatchmentMethod.Balanced));
        Close.Equal(350, result.Sites[0].WeightedDemand);
        Close.Equal(50, result.Sites[1].WeightedDemand);
        Close.Equal(1.0 / 70 + 0.1, result.Areas[0].Access);
        Close.Equal(1.0 / 70, result.Areas[1].Access);
    }

    [Fact]
    public void A_site_no_demand_reaches_gets_ratio_zero_and_an_area_reaching_nothing_gets_zero()
    {
        // c (P = 40) has no entry in reach (70 min); z (S = 3) is reached by nobody.
        DemandPoint[] areas = [.. Areas, new("c", 40, 0, 0)];
        SupplyPoint[] sites = [.. Sites, new("z", 3, 0, 0)];
        var matrix = new TravelTimeMatrix([.. Matrix.Entries, new("c", "x", 70)]);
        foreach (var method in Enum.GetValues<CatchmentMethod>())
        {
            var result = FloatingCatchment.Compute(areas, sites, matrix, new(method));
            Assert.Equal(0, result.Areas[2].Access);
            Assert.False(result.Areas[2].ReachesAnySite);
            Assert.Equal(0, result.Sites[2].Ratio);
            Assert.False(result.Sites[2].ReachedByDemand);
            Assert.True(result.Sites[0].ReachedByDemand);
            Close.Equal(18, result.TotalSupply);
            Close.Equal(15, result.TotalSupplyReached);
        }
    }

    [Fact]
    public void A_degree_of_latitude_is_the_earth_radius_times_pi_over_180()
    {
        // 6371.0088 km × π/180 = 111.19508 km; at 60 km/h that is as many minutes.
        Close.Equal(6371.0088 * Math.PI / 180, GreatCircle.DistanceKm(45, -72, 46, -72), 1e-12);
        Close.Equal(6371.0088 * Math.PI / 180, GreatCircle.Minutes(45, -72, 46, -72, 60), 1e-12);
        // Along the equator, 90° of longitude is a quarter of the circumference.
        Close.Equal(6371.0088 * Math.PI / 2, GreatCircle.DistanceKm(0, 0, 0, 90), 1e-12);
    }

    [Fact]
    public void No_areas_or_no_sites_give_empty_or_zero_results()
    {
        // Nothing to divide: no pairs, every area 0, every site 0, totals as given.
        var noSites = FloatingCatchment.Compute([new("a", 10, 45, -72)], [], new GreatCircleCost(50), new());
        Assert.Equal(0, noSites.Areas.Single().Access);
        Assert.False(noSites.Areas.Single().ReachesAnySite);
        var noAreas = FloatingCatchment.Compute([], [new("x", 3, 45, -72)], new TravelTimeMatrix([]), new());
        Assert.Empty(noAreas.Areas);
        Assert.Equal(0, noAreas.Sites.Single().Ratio);
        Close.Equal(3, noAreas.TotalSupply);
        Assert.Equal(0, noAreas.PairsInReach);
    }
}
