namespace ClinicalProject.ResourceInventory.Sites;

/// <summary>Great-circle distances on a spherical Earth (haversine), accurate to about 0.5 % for planning distances.</summary>
public static class GreatCircle
{
    /// <summary>The IUGG mean Earth radius.</summary>
    public const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var φ1 = ToRadians(latitude1);
        var φ2 = ToRadians(latitude2);
        var Δφ = φ2 - φ1;
        var Δλ = ToRadians(longitude2 - longitude1);
        var h = Math.Pow(Math.Sin(Δφ / 2), 2) + (Math.Cos(φ1) * Math.Cos(φ2) * Math.Pow(Math.Sin(Δλ / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// A latitude/longitude box that contains every point within <paramref name="radiusKm"/> of the centre, so
    /// the database can narrow the candidates before the exact distance is computed.
    /// </summary>
    public static (double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude) BoundingBox(
        double latitude, double longitude, double radiusKm)
    {
        var angular = radiusKm / EarthRadiusKm;
        var minLatitude = latitude - ToDegrees(angular);
        var maxLatitude = latitude + ToDegrees(angular);
        if (minLatitude <= -90 || maxLatitude >= 90)
        {
            // A pole is inside the circle: every longitude qualifies.
            return (Math.Max(minLatitude, -90), Math.Min(maxLatitude, 90), -180, 180);
        }

        var Δλ = ToDegrees(Math.Asin(Math.Min(1, Math.Sin(angular) / Math.Cos(ToRadians(latitude)))));
        return (minLatitude, maxLatitude, longitude - Δλ, longitude + Δλ);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;

    private static double ToDegrees(double radians) => radians * 180 / Math.PI;
}
