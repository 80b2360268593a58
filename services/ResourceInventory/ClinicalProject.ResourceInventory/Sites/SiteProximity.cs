using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Sites;

/// <summary>The active sites within a great-circle distance of a point, with their distances.</summary>
public static class SiteProximity
{
    public static async Task<Dictionary<Guid, double>> WithinAsync(
        InventoryDbContext db, double latitude, double longitude, double radiusKm, CancellationToken cancellationToken)
    {
        var (minLatitude, maxLatitude, minLongitude, maxLongitude) = GreatCircle.BoundingBox(latitude, longitude, radiusKm);
        var candidates = await db.Sites.AsNoTracking()
            .Where(s => s.Status == ResourceStatus.Active && s.Latitude != null && s.Longitude != null)
            .Where(s => s.Latitude >= minLatitude && s.Latitude <= maxLatitude && s.Longitude >= minLongitude && s.Longitude <= maxLongitude)
            .Select(s => new { s.Id, Latitude = s.Latitude!.Value, Longitude = s.Longitude!.Value })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(s => (s.Id, Distance: GreatCircle.DistanceKm(latitude, longitude, s.Latitude, s.Longitude)))
            .Where(s => s.Distance <= radiusKm)
            .ToDictionary(s => s.Id, s => s.Distance);
    }
}
