using System.Text.Json.Nodes;
using ClinicalProject.Territories.ReadModel;

namespace ClinicalProject.GapAnalysis.Tests.Infrastructure;

/// <summary>
/// A hand-worked world. Region 05 with two RLS: 0511 holds DAs d1 (45.0, −72.0; 1,000 people, Q1) and d2
/// (0.1° north, 11.1 km; 1,000, Q1); 0512 holds d3 (1° north, 111 km; 2,000, Q5). One mental health (program 8)
/// first-line service at site S1 on d1, 10 FTE. With 2SFCA, 30 minutes at 60 km/h (30 km): S1 reaches d1 and d2,
/// R = 10 / 2,000 = 0.005, so A(d1) = A(d2) = 0.005 and A(d3) = 0 (out of reach); the region's score is
/// (0.005 × 2,000) / 4,000 = 0.0025. Premature mortality in 0511 is worse than the province (program 8).
/// </summary>
public static class TestWorld
{
    public const string Hierarchy = "test-2021";
    public static readonly Guid ProfileId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid Organization = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid Site1 = Guid.Parse("33333333-3333-3333-3333-333333333333");
    public static readonly Guid Service1 = Guid.Parse("44444444-4444-4444-4444-444444444444");
    public static readonly Guid Capacity1 = Guid.Parse("55555555-5555-5555-5555-555555555555");
    public static readonly Guid Model = Guid.Parse("66666666-6666-6666-6666-666666666666");

    public static readonly IReadOnlyList<TerritoryEntry> Territories =
    [
        Entry("99", "province", null),
        Entry("05", "region", "99"),
        Entry("0511", "rls", "05", 45.05, -72.0),
        Entry("0512", "rls", "05", 46.0, -72.0),
        Entry("d1", "da", "0511", 45.0, -72.0),
        Entry("d2", "da", "0511", 45.1, -72.0),
        Entry("d3", "da", "0512", 46.0, -72.0),
    ];

    /// <summary>Population profiling's <c>gap-inputs</c> answer, as it writes it.</summary>
    public static JsonObject Profile(long version = 1) => new()
    {
        ["profileId"] = ProfileId, ["profileVersion"] = version, ["hierarchyVersion"] = Hierarchy, ["populationDatasetVersion"] = "pop-2021",
        ["populationContentHash"] = "abc", ["deprivationVersion"] = "dep-2021", ["period"] = 2021, ["baseLevel"] = "da", ["ratesLevel"] = "rls",
        ["projection"] = null, ["indicators"] = new JsonArray(),
        ["areas"] = new JsonArray(Area("d1", 1000, 1), Area("d2", 1000, 1), Area("d3", 2000, 5)),
        ["figures"] = new JsonArray(new JsonObject
        {
            ["indicator"] = "premature-mortality", ["territory"] = "0511", ["level"] = "rls", ["period"] = 2021, ["polarity"] = "low-is-good",
            ["programs"] = new JsonArray(8), ["value"] = 250.0, ["lowerCi95"] = 230.0, ["upperCi95"] = 270.0, ["method"] = "Dobson",
            ["versusParent"] = "Similar", ["versusProvince"] = "Worse",
        }),
        ["trends"] = new JsonArray(),
    };

    /// <summary>The inventory's <c>gap-inputs</c> answer, as it writes it (enums in kebab case).</summary>
    public static JsonObject Inventory(string version = "inv-1", double fte = 10) => new()
    {
        ["version"] = version, ["readAt"] = "2026-11-29T00:00:00+00:00",
        ["organizations"] = new JsonArray(new JsonObject { ["id"] = Organization, ["version"] = 1, ["name"] = "CIUSSS" }),
        ["sites"] = new JsonArray(new JsonObject
        {
            ["id"] = Site1, ["version"] = 1, ["name"] = "CLSC", ["organizationId"] = Organization, ["latitude"] = 45.0, ["longitude"] = -72.0,
            ["territoryCodes"] = new JsonArray("d1", "0511", "05", "99"), ["territoryHierarchyVersion"] = Hierarchy,
        }),
        ["services"] = new JsonArray(new JsonObject
        {
            ["id"] = Service1, ["version"] = 1, ["name"] = "Santé mentale", ["organizationId"] = Organization, ["program"] = 8, ["level"] = "first-line",
            ["siteIds"] = new JsonArray(Site1),
        }),
        ["capacities"] = new JsonArray(new JsonObject
        {
            ["id"] = Capacity1, ["version"] = 1, ["serviceId"] = Service1, ["siteId"] = Site1, ["unit"] = "fte", ["value"] = fte, ["asOf"] = "2026-01-01",
        }),
        ["agreements"] = new JsonArray(),
        ["corridors"] = new JsonArray(),
        ["clinicalModels"] = new JsonArray(new JsonObject
        {
            ["id"] = Model, ["version"] = 1, ["name"] = "Équipe mobile", ["description"] = null, ["programs"] = new JsonArray(8),
            ["gapTypes"] = new JsonArray("accessibility", "continuity"),
        }),
    };

    private static JsonObject Area(string code, double population, int quintile) => new()
    {
        ["code"] = code, ["population"] = population, ["quintile"] = quintile, ["projectedPopulation"] = null,
        ["expected"] = new JsonArray(), ["expectedProjected"] = null,
    };

    private static TerritoryEntry Entry(string code, string level, string? parent, double? latitude = null, double? longitude = null) => new()
    {
        HierarchyVersion = Hierarchy, Code = code, Level = level, ParentCode = parent, NameFr = $"Territoire {code}", NameEn = $"Territory {code}",
        CentroidLatitude = latitude, CentroidLongitude = longitude,
    };
}

/// <summary>The world after a change: a second site S2 on d3 (in 0512) with a first-line mental health service of 2 FTE.</summary>
public static class TestWorldChanges
{
    public static readonly Guid Site2 = Guid.Parse("77777777-7777-7777-7777-777777777777");
    public static readonly Guid Service2 = Guid.Parse("88888888-8888-8888-8888-888888888888");

    public static JsonObject InventoryWithSecondSite()
    {
        var inventory = TestWorld.Inventory("inv-2");
        inventory["sites"]!.AsArray().Add(new JsonObject
        {
            ["id"] = Site2, ["version"] = 1, ["name"] = "Point de service", ["organizationId"] = TestWorld.Organization, ["latitude"] = 46.0,
            ["longitude"] = -72.0, ["territoryCodes"] = new JsonArray("d3", "0512", "05", "99"), ["territoryHierarchyVersion"] = TestWorld.Hierarchy,
        });
        inventory["services"]!.AsArray().Add(new JsonObject
        {
            ["id"] = Service2, ["version"] = 1, ["name"] = "Santé mentale 0512", ["organizationId"] = TestWorld.Organization, ["program"] = 8,
            ["level"] = "first-line", ["siteIds"] = new JsonArray(Site2),
        });
        inventory["capacities"]!.AsArray().Add(new JsonObject
        {
            ["id"] = Guid.Parse("99999999-9999-9999-9999-999999999999"), ["version"] = 1, ["serviceId"] = Service2, ["siteId"] = Site2, ["unit"] = "fte",
            ["value"] = 2, ["asOf"] = "2026-06-01",
        });
        return inventory;
    }
}
