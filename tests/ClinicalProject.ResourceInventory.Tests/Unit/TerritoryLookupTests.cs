using ClinicalProject.ResourceInventory.Sites;

namespace ClinicalProject.ResourceInventory.Tests.Unit;

public sealed class TerritoryLookupTests
{
    private static readonly Dictionary<string, string?> Parents = new()
    {
        ["99"] = null, ["05"] = "99", ["051"] = "05", ["0515"] = "051", ["05151"] = "0515", ["DA-1"] = "05151",
    };

    [Fact]
    public void A_territory_comes_with_its_ancestors_lowest_first()
    {
        Assert.Equal(["DA-1", "05151", "0515", "051", "05", "99"], TerritoryLookup.WithAncestors("DA-1", Parents));
        Assert.Equal(["0515", "051", "05", "99"], TerritoryLookup.WithAncestors("0515", Parents));
    }

    [Fact]
    public void A_cycle_in_a_damaged_hierarchy_does_not_loop_forever()
    {
        var cyclic = new Dictionary<string, string?> { ["A"] = "B", ["B"] = "A" };

        Assert.Equal(["A", "B"], TerritoryLookup.WithAncestors("A", cyclic));
    }
}
