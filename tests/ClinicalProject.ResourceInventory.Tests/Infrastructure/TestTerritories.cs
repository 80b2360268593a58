using ClinicalProject.Territories.ReadModel;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

/// <summary>Québec → Estrie → RTS → two RLS → a CLSC each → DAs with centroids.</summary>
public static class TestTerritories
{
    public const string Version = "test-2021";

    /// <summary>Centroid of DA T-DA-1 (downtown Sherbrooke).</summary>
    public const double Da1Latitude = 45.40;
    public const double Da1Longitude = -71.89;

    /// <summary>Centroid of DA T-DA-3 (Magog).</summary>
    public const double Da3Latitude = 45.27;
    public const double Da3Longitude = -72.15;

    public static readonly IReadOnlyList<TerritoryEntry> All =
    [
        Entry("99", "province", null),
        Entry("05", "region", "99"),
        Entry("051", "rts", "05"),
        Entry("0515", "rls", "051"),
        Entry("05151", "clsc", "0515"),
        Entry("T-DA-1", "da", "05151", Da1Latitude, Da1Longitude),
        Entry("T-DA-2", "da", "05151", 45.38, -71.93),
        Entry("0513", "rls", "051"),
        Entry("05131", "clsc", "0513"),
        Entry("T-DA-3", "da", "05131", Da3Latitude, Da3Longitude),
    ];

    /// <summary>Puts <paramref name="territories"/> in the read model as hierarchy <paramref name="version"/>, imported now.</summary>
    public static async Task<int> SeedAsync(Microsoft.EntityFrameworkCore.DbContext db, string version, IReadOnlyList<TerritoryEntry> territories)
    {
        db.Set<TerritoryHierarchyEntry>().Add(new TerritoryHierarchyEntry
        {
            Version = version, ContentHash = "test", TerritoryCount = territories.Count,
            ImportedAtUtc = DateTime.UtcNow, ReceivedAtUtc = DateTime.UtcNow,
        });
        db.Set<TerritoryEntry>().AddRange(territories);
        return await db.SaveChangesAsync();
    }

    private static TerritoryEntry Entry(string code, string level, string? parent, double? latitude = null, double? longitude = null) => new()
    {
        HierarchyVersion = Version, Code = code, Level = level, ParentCode = parent, NameFr = $"Territoire {code}",
        CentroidLatitude = latitude, CentroidLongitude = longitude,
    };
}
