namespace ClinicalProject.PopulationProfiling.Engine.Tests;

public sealed class TerritoryTreeTests
{
    [Fact]
    public void Leaves_come_first_and_every_child_before_its_parent()
    {
        var tree = new TerritoryTree([
            new("P", "province", null), new("A", "rls", "P"), new("A1", "clsc", "A"), new("d1", "da", "A1"),
            new("d2", "da", "A"), new("d3", "da", "A1"),
        ]);

        Assert.Equal(3, tree.LeafCount);
        Assert.Equal(["d1", "d2", "d3"], tree.Codes.Take(3));
        Assert.Equal("P", tree.Codes[tree.Root]);
        for (var t = 0; t < tree.Count - 1; t++)
        {
            Assert.True(tree.Parents[t] > t);
        }

        Assert.Equal(tree["A"], tree.AncestorAtLevel(tree["d1"], "rls"));
    }

    [Theory]
    [InlineData("two roots")]
    [InlineData("unknown parent")]
    [InlineData("duplicate")]
    [InlineData("cycle")]
    public void Bad_hierarchies_are_refused(string problem)
    {
        TerritoryNode[] nodes = problem switch
        {
            "two roots" => [new("P", "province", null), new("Q", "province", null)],
            "unknown parent" => [new("P", "province", null), new("A", "rls", "Z")],
            "duplicate" => [new("P", "province", null), new("A", "rls", "P"), new("A", "rls", "P")],
            _ => [new("P", "province", null), new("A", "rls", "B"), new("B", "rls", "A")],
        };

        Assert.Throws<ArgumentException>(() => new TerritoryTree(nodes));
    }
}
