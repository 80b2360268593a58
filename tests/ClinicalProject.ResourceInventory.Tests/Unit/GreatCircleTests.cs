using ClinicalProject.ResourceInventory.Sites;

namespace ClinicalProject.ResourceInventory.Tests.Unit;

public sealed class GreatCircleTests
{
    // Closed forms on a sphere of radius R = 6371.0088 km, evaluated independently with Python's math module:
    // one degree along a meridian = R·π/180 = 111.19508 km; a quarter of the equator = R·π/2 = 10007.5572 km;
    // pole to equator = R·π/2 as well; 60° of longitude along the 60th parallel is the chord angle
    // 2·asin(cos 60° · sin 30°) = 2·asin(0.25) = 0.505361 rad → 3219.6563 km.
    [Theory]
    [InlineData(45, -71, 46, -71, 111.19508)]
    [InlineData(0, 0, 0, 90, 10007.5572)]
    [InlineData(90, 0, 0, 123, 10007.5572)]
    [InlineData(60, 0, 60, 60, 3219.6563)]
    [InlineData(45.4, -71.9, 45.4, -71.9, 0)]
    public void Distances_match_closed_forms(double latitude1, double longitude1, double latitude2, double longitude2, double expectedKm)
    {
        Assert.Equal(expectedKm, GreatCircle.DistanceKm(latitude1, longitude1, latitude2, longitude2), 3);
    }

    [Theory]
    [InlineData(45.4, -71.9, 25)]
    [InlineData(0, 179.9, 50)]
    [InlineData(-33.9, 151.2, 300)]
    public void The_bounding_box_contains_every_point_of_the_circle(double latitude, double longitude, double radiusKm)
    {
        var (minLatitude, maxLatitude, minLongitude, maxLongitude) = GreatCircle.BoundingBox(latitude, longitude, radiusKm);

        // Walk the circle's edge: each point at exactly the radius must fall inside the box.
        for (var bearing = 0; bearing < 360; bearing += 5)
        {
            var (lat, lon) = Destination(latitude, longitude, bearing, radiusKm * 0.999);
            Assert.InRange(lat, minLatitude, maxLatitude);
            Assert.InRange(lon, minLongitude, maxLongitude);
        }
    }

    /// <summary>The point at a distance and bearing (the direct geodesic problem on the sphere).</summary>
    private static (double Latitude, double Longitude) Destination(double latitude, double longitude, double bearingDegrees, double distanceKm)
    {
        var δ = distanceKm / GreatCircle.EarthRadiusKm;
        var θ = bearingDegrees * Math.PI / 180;
        var φ1 = latitude * Math.PI / 180;
        var λ1 = longitude * Math.PI / 180;
        var φ2 = Math.Asin((Math.Sin(φ1) * Math.Cos(δ)) + (Math.Cos(φ1) * Math.Sin(δ) * Math.Cos(θ)));
        var λ2 = λ1 + Math.Atan2(Math.Sin(θ) * Math.Sin(δ) * Math.Cos(φ1), Math.Cos(δ) - (Math.Sin(φ1) * Math.Sin(φ2)));
        return (φ2 * 180 / Math.PI, λ2 * 180 / Math.PI);
    }
}
