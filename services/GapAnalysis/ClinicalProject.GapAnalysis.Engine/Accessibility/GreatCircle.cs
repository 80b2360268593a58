namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>Haversine distances on a spherical Earth.</summary>
public static class GreatCircle
{
    /// <summary>The IUGG mean Earth radius, 6,371.0088 km.</summary>
    public const double EarthRadiusKm = 6371.0088;

    private const double DegreesToRadians = Math.PI / 180;

    /// <summary>Great-circle distance in km between two points given in degrees.</summary>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var phi1 = latitude1 * DegreesToRadians;
        var phi2 = latitude2 * DegreesToRadians;
        return EarthRadiusKm * CentralAngle(phi1, Math.Cos(phi1), longitude1 * DegreesToRadians,
            phi2, Math.Cos(phi2), longitude2 * DegreesToRadians);
    }

    /// <summary>Minutes to travel the great-circle distance at <paramref name="speedKmPerHour"/>.</summary>
    public static double Minutes(double latitude1, double longitude1, double latitude2, double longitude2,
        double speedKmPerHour) =>
        DistanceKm(latitude1, longitude1, latitude2, longitude2) / speedKmPerHour * 60;

    /// <summary>The haversine central angle (radians) from latitudes and longitudes in radians and the latitudes' cosines.</summary>
    internal static double CentralAngle(double phi1, double cosPhi1, double lambda1, double phi2, double cosPhi2,
        double lambda2)
    {
        var sinHalfDPhi = Math.Sin((phi2 - phi1) / 2);
        var sinHalfDLambda = Math.Sin((lambda2 - lambda1) / 2);
        var h = sinHalfDPhi * sinHalfDPhi + cosPhi1 * cosPhi2 * sinHalfDLambda * sinHalfDLambda;
        return 2 * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }
}
