namespace ClinicalProject.PopulationProfiling.Engine.Tests;

/// <summary>
/// The hand-worked example: province P → RLS A (DAs a1, a2) and RLS B (DA b1); strata 0-64/65+ × F/M
/// (order 0-64F, 0-64M, 65+F, 65+M); one period "2021"; quintiles a1 → 1, a2 → 5, b1 → 5.
/// Populations a1 [400, 380, 60, 50], a2 [500, 520, 90, 70], b1 [1000, 950, 200, 180];
/// counts a1 [1, 0, 2, 1] = 4, a2 [2, 3, 4, 3] = 12, b1 [5, 6, 20, 15] = 46.
/// Totals: A 16 / 2070, B 46 / 2330, P 62 / 4400.
/// </summary>
internal static class TinyProfile
{
    public static readonly StandardPopulation Standard = new("Two bands", ["0-64", "65+"], [80_000, 20_000]);

    public static readonly StrataLayout Strata = new(["0-64", "65+"], ["F", "M"]);

    public static TerritoryTree Tree() => new(
    [
        new("a1", "da", "A"), new("a2", "da", "A"), new("b1", "da", "B"),
        new("A", "rls", "P"), new("B", "rls", "P"), new("P", "province", null),
    ]);

    public static ProfileModel Model()
    {
        var tree = Tree();
        var population = new LeafCube<double>(1, 3, 4);
        Fill(population, tree, "a1", [400, 380, 60, 50]);
        Fill(population, tree, "a2", [500, 520, 90, 70]);
        Fill(population, tree, "b1", [1000, 950, 200, 180]);
        return new ProfileModel(tree, Strata, ["2021"], population, quintiles: Quintiles(tree));
    }

    public static IndicatorData Input(MeasureType measure, double multiplier, Polarity polarity = Polarity.LowIsGood)
    {
        var tree = Tree();
        var counts = new LeafCube<int>(1, 3, 4);
        Fill(counts, tree, "a1", [1, 0, 2, 1]);
        Fill(counts, tree, "a2", [2, 3, 4, 3]);
        Fill(counts, tree, "b1", [5, 6, 20, 15]);
        return new IndicatorData(new IndicatorDefinition("IND", measure, multiplier, polarity, Standard), counts);
    }

    private static byte[] Quintiles(TerritoryTree tree)
    {
        var quintiles = new byte[tree.LeafCount];
        quintiles[tree["a1"]] = 1;
        quintiles[tree["a2"]] = 5;
        quintiles[tree["b1"]] = 5;
        return quintiles;
    }

    private static void Fill<T>(LeafCube<T> cube, TerritoryTree tree, string code, T[] values)
        where T : unmanaged, System.Numerics.INumber<T> => values.CopyTo(cube.Row(0, tree[code]));
}
