using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.GapAnalysis.Engine.Tests;

/// <summary>
/// The grid that finds pairs within a great-circle catchment must find exactly the pairs a scan of every pair
/// finds, also where bounding boxes are tricky: near a pole, across the antimeridian, with a catchment wider than
/// the points' spread.
/// </summary>
public sealed class GridReachTests
{
    [Theory]
    [InlineData(45.0, 47.0, -75.0, -70.0, 30, 50)]    // southern Quebec
    [InlineData(86.0, 89.9, -180.0, 180.0, 120, 60)]  // around the North Pole
    [InlineData(-10.0, 10.0, 175.0, 185.0, 90, 60)]   // across the antimeridian (185° wraps to −175°)
    [InlineData(45.0, 45.2, -72.0, -71.8, 600, 50)]   // a catchment far wider than the points
    [InlineData(-89.9, -80.0, -180.0, 180.0, 300, 80)] // around the South Pole
    public void The_grid_finds_the_pairs_an_all_pairs_scan_finds(double latLow, double latHigh, double lonLow,
        double lonHigh, double catchment, double speed)
    {
        var random = new Random(3);
        double Lon() => Wrap(lonLow + (lonHigh - lonLow) * random.NextDouble());
        var areas = Enumerable.Range(0, 300)
            .Select(i => new DemandPoint($"A{i}", 1, latLow + (latHigh - latLow) * random.NextDouble(), Lon()))
            .ToArray();
        var sites = Enumerable.Range(0, 120)
            .Select(j => new SupplyPoint($"S{j}", 1, latLow + (latHigh - latLow) * random.NextDouble(), Lon()))
            .ToArray();

        var result = CatchmentNetwork.Build(areas, sites, new GreatCircleCost(speed), catchment)
            .Compute(new(CatchmentMethod.TwoStep, catchment));

        long expectedPairs = 0;
        for (var i = 0; i < areas.Length; i++)
        {
            var inReach = sites.Count(s =>
                GreatCircle.Minutes(areas[i].Latitude, areas[i].Longitude, s.Latitude, s.Longitude, speed) <= catchment);
            Assert.Equal(inReach, result.Areas[i].SitesInReach);
            expectedPairs += inReach;
        }

        Assert.Equal(expectedPairs, result.PairsInReach);
        Assert.InRange(expectedPairs, 1, areas.Length * sites.Length);
    }

    private static double Wrap(double longitude) => longitude > 180 ? longitude - 360 : longitude;
}
