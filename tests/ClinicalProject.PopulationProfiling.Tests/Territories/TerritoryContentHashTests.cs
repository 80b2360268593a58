using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Tests.Territories;

public sealed class TerritoryContentHashTests
{
    private static readonly TerritoryDefinition[] Territories =
    [
        new("99", TerritoryLevel.Province, null, "Québec", "Quebec"),
        new("05", TerritoryLevel.Region, "99", "Estrie", "Estrie", 45.4, -71.9),
    ];

    [Fact]
    public void The_hash_is_sha256_hex_and_ignores_row_order()
    {
        var hash = TerritoryContentHash.Compute(Territories);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, TerritoryContentHash.Compute(Territories.Reverse()));
    }

    [Fact]
    public void Any_changed_value_changes_the_hash()
    {
        var hash = TerritoryContentHash.Compute(Territories);
        TerritoryDefinition[][] variants =
        [
            [Territories[0], Territories[1] with { NameEn = "Eastern Townships" }],
            [Territories[0], Territories[1] with { CentroidLatitude = 45.41 }],
            [Territories[0], Territories[1] with { GeometryGeoJson = """{"type":"Point","coordinates":[-71.9,45.4]}""" }],
            [Territories[0], Territories[1] with { Code = "5" }],
            [Territories[0]],
        ];

        Assert.All(variants, variant => Assert.NotEqual(hash, TerritoryContentHash.Compute(variant)));
    }
}
