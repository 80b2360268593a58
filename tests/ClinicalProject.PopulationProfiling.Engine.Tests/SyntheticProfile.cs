namespace ClinicalProject.PopulationProfiling.Engine.Tests;

/// <summary>
/// A random but reproducible province: regions → RLS → CLSC → DAs, ESP 2013 bands × F/M, five periods,
/// random populations, counts and quintiles. For invariants, not for expected values.
/// </summary>
internal static class SyntheticProfile
{
    public static (ProfileModel Model, IReadOnlyList<IndicatorData> Inputs) Create(int seed, int periods = 5)
    {
        var random = new Random(seed);
        var nodes = new List<TerritoryNode> { new("99", "province", null) };
        var leaves = new List<string>();
        for (var r = 0; r < 3; r++)
        {
            var region = $"R{r}";
            nodes.Add(new(region, "region", "99"));
            for (var l = 0; l < random.Next(1, 4); l++)
            {
                var rls = $"{region}L{l}";
                nodes.Add(new(rls, "rls", region));
                for (var c = 0; c < random.Next(1, 3); c++)
                {
                    var clsc = $"{rls}C{c}";
                    nodes.Add(new(clsc, "clsc", rls));
                    for (var d = 0; d < random.Next(1, 12); d++)
                    {
                        var da = $"{clsc}D{d}";
                        nodes.Add(new(da, "da", clsc));
                        leaves.Add(da);
                    }
                }
            }
        }

        var tree = new TerritoryTree(nodes);
        var strata = StrataLayout.European2013BySex;
        var population = new LeafCube<double>(periods, tree.LeafCount, strata.Count);
        var counts = new LeafCube<int>(periods, tree.LeafCount, strata.Count);
        for (var p = 0; p < periods; p++)
        {
            for (var leaf = 0; leaf < tree.LeafCount; leaf++)
            {
                for (var s = 0; s < strata.Count; s++)
                {
                    var n = random.Next(0, 40);
                    population[p, leaf, s] = n;
                    counts[p, leaf, s] = n == 0 ? 0 : random.Next(0, Math.Min(n, 4) + 1);
                }
            }
        }

        var quintiles = Enumerable.Range(0, tree.LeafCount).Select(_ => (byte)random.Next(0, 6)).ToArray();
        var model = new ProfileModel(tree, strata, Enumerable.Range(2019, periods).Select(y => y.ToString()).ToArray(),
            population, Enumerable.Range(2019, periods).Select(y => (double)y).ToArray(), quintiles);
        var inputs = new[]
        {
            new IndicatorData(new IndicatorDefinition("RATE", MeasureType.CrudeRate, 100_000, Polarity.LowIsGood), counts),
            new IndicatorData(new IndicatorDefinition("DSR", MeasureType.DirectlyStandardisedRate, 100_000, Polarity.LowIsGood), counts),
            new IndicatorData(new IndicatorDefinition("PROP", MeasureType.Proportion, 100, Polarity.HighIsGood), counts),
            new IndicatorData(new IndicatorDefinition("SMR", MeasureType.IndirectlyStandardisedRatio, 100, Polarity.None), counts),
            new IndicatorData(new IndicatorDefinition("COUNT", MeasureType.Count, 1, Polarity.None), counts),
        };
        return (model, inputs);
    }
}
