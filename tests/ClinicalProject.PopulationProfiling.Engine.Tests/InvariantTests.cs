namespace ClinicalProject.PopulationProfiling.Engine.Tests;

/// <summary>Properties that must hold whatever the data: roll-up, suppression, partitions.</summary>
public sealed class InvariantTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_parents_count_and_denominator_equal_the_sums_over_its_das(int seed)
    {
        var (model, inputs) = SyntheticProfile.Create(seed);
        var tree = model.Tree;
        foreach (var result in ProfileEngine.Compute(model, inputs[0]))
        {
            var count = new double[tree.Count];
            var population = new double[tree.Count];
            for (var leaf = 0; leaf < tree.LeafCount; leaf++)
            {
                // Walk each DA up to the root, adding it to every ancestor.
                for (var t = leaf; t >= 0; t = tree.Parents[t])
                {
                    foreach (var v in inputs[0].Numerators.Row(result.PeriodIndex, leaf))
                    {
                        count[t] += v;
                    }

                    foreach (var v in model.Population.Row(result.PeriodIndex, leaf))
                    {
                        population[t] += v;
                    }
                }
            }

            for (var t = 0; t < tree.Count; t++)
            {
                Assert.Equal(count[t], result.Territories.Count[t]);
                Assert.Equal(population[t], result.Territories.Denominator[t], 6);
                if (population[t] > 0)
                {
                    // A rate is the aggregated count over the aggregated population, never an average of rates.
                    Assert.Equal(count[t] / population[t] * 100_000, result.Territories.Value[t], 6);
                }
            }
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Quintile_cells_add_up_to_their_territory(int seed)
    {
        var (model, inputs) = SyntheticProfile.Create(seed);
        var result = ProfileEngine.Compute(model, inputs[0], new ProfilePartition("RATE", [0])).Single();
        var q = result.Quintiles!;
        for (var t = model.Tree.LeafCount; t < model.Tree.Count; t++)
        {
            var sum = Enumerable.Range(0, QuintileBreakdown.Slots).Sum(k => q.Columns.Count[q.Cell(t, k)]);
            Assert.Equal(result.Territories.Count[t], sum);
        }
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void No_small_count_is_shown_and_none_can_be_recovered_from_a_total(int seed)
    {
        var (model, inputs) = SyntheticProfile.Create(seed);
        var tree = model.Tree;
        foreach (var result in ProfileEngine.Compute(model, inputs[1]))
        {
            var columns = result.Territories;
            for (var t = 0; t < tree.Count; t++)
            {
                var empty = columns.Count[t] == 0 && columns.Denominator[t] == 0;
                if (columns.Count[t] < 5 && !empty)
                {
                    Assert.NotEqual(SuppressionStatus.Published, columns.Suppression[t]);
                    Assert.Null(result.Published(t).Figure.At95);
                }
            }

            AssertNoWithheldGroupIsRecoverable(tree, columns, c => columns.Count[c], "counts");
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public void A_proportions_small_complement_is_never_shown_nor_recoverable_from_a_total(int seed)
    {
        // Everyone counted but, in the first stratum only, the synthetic small counts: complements of 0–4 per DA.
        var (model, inputs) = SyntheticProfile.Create(seed);
        var tree = model.Tree;
        var small = inputs[0].Numerators;
        var numerators = new LeafCube<int>(small.Periods, small.Leaves, small.Strata);
        for (var p = 0; p < small.Periods; p++)
        {
            for (var leaf = 0; leaf < small.Leaves; leaf++)
            {
                for (var s = 0; s < small.Strata; s++)
                {
                    numerators[p, leaf, s] = (int)model.Population[p, leaf, s] - (s == 0 ? small[p, leaf, s] : 0);
                }
            }
        }

        var input = new IndicatorData(new IndicatorDefinition("HIGH", MeasureType.Proportion, 100, Polarity.HighIsGood), numerators);
        var checkedCells = 0;
        foreach (var result in ProfileEngine.Compute(model, input))
        {
            var columns = result.Territories;
            double Complement(int t) => columns.Denominator[t] - columns.Count[t];
            for (var t = 0; t < tree.Count; t++)
            {
                if (Complement(t) < 5 && columns.Denominator[t] > 0)
                {
                    checkedCells++;
                    Assert.NotEqual(SuppressionStatus.Published, columns.Suppression[t]);
                }
            }

            AssertNoWithheldGroupIsRecoverable(tree, columns, Complement, "complements");
        }

        Assert.True(checkedCells > 0, "the synthetic data must contain small complements for this test to mean anything");
    }

    [Fact]
    public void Partitions_by_period_and_by_territory_merge_into_the_whole()
    {
        var (model, inputs) = SyntheticProfile.Create(8);
        var whole = ProfileEngine.ComputeAll(model, inputs);
        var codes = model.Tree.Codes;
        var halves = new[] { codes.Where((_, i) => i % 2 == 0).ToList(), codes.Where((_, i) => i % 2 == 1).ToList() };
        var parts = new List<IndicatorPeriodResult>();
        foreach (var input in inputs)
        {
            for (var p = 0; p < model.Periods.Count; p++)
            {
                foreach (var half in halves)
                {
                    parts.AddRange(ProfileEngine.Compute(model, input, new ProfilePartition(input.Definition.Code, [p], half)));
                }
            }
        }

        var merged = ProfileMerger.Merge(model, parts);

        Assert.Equal(whole.Count, merged.Count);
        foreach (var (a, b) in whole.Zip(merged))
        {
            Assert.Equal(a.Definition.Code, b.Definition.Code);
            for (var p = 0; p < a.Periods.Count; p++)
            {
                Assert.Equal(a.Periods[p].Period, b.Periods[p].Period);
                Assert.Equal(a.Periods[p].Territories.Value.ToArray(), b.Periods[p].Territories.Value.ToArray());
                Assert.Equal(a.Periods[p].Territories.Upper998.ToArray(), b.Periods[p].Territories.Upper998.ToArray());
                Assert.Equal(a.Periods[p].Territories.Suppression.ToArray(), b.Periods[p].Territories.Suppression.ToArray());
                Assert.Equal(a.Periods[p].VersusParent.ToArray(), b.Periods[p].VersusParent.ToArray());
                Assert.Equal(a.Periods[p].Quintiles!.Columns.Value.ToArray(), b.Periods[p].Quintiles!.Columns.Value.ToArray());
            }

            Assert.Equal(a.Trends.Select(t => t.Statistic), b.Trends.Select(t => t.Statistic));
        }
    }

    [Fact]
    public void A_territory_filter_computes_only_the_territories_asked_for()
    {
        var (model, inputs) = SyntheticProfile.Create(9);
        var result = ProfileEngine.Compute(model, inputs[0], new ProfilePartition("RATE", [1], ["R0"])).Single();
        var r0 = model.Tree["R0"];

        Assert.Equal(MeasureStatus.Calculated, result.Territories.Status[r0]);
        Assert.Equal(MeasureStatus.NotRequested, result.Territories.Status[model.Tree["R1"]]);
        // Its comparison with the province still works: the province is aggregated even though not requested.
        Assert.NotEqual(ComparisonOutcome.NotCompared, result.VersusProvince[r0]);
    }

    /// <summary>
    /// Under a published parent, withheld children are never alone, and their <paramref name="quantity"/> adds
    /// up to at least 5: parent − published children cannot reveal a small figure.
    /// </summary>
    private static void AssertNoWithheldGroupIsRecoverable(TerritoryTree tree, MeasureColumns columns, Func<int, double> quantity, string what)
    {
        for (var parent = tree.LeafCount; parent < tree.Count; parent++)
        {
            var children = Enumerable.Range(0, tree.Count).Where(c => tree.Parents[c] == parent).ToList();
            var withheld = children.Where(c => columns.Suppression[c] != SuppressionStatus.Published).ToList();
            if (columns.Suppression[parent] == SuppressionStatus.Published && withheld.Count > 0)
            {
                Assert.True(withheld.Count >= 2, $"{tree.Codes[parent]}: a single withheld child is recoverable.");
                Assert.True(withheld.Sum(quantity) >= 5, $"{tree.Codes[parent]}: the withheld children's {what} add up to a small count.");
            }
        }
    }
}
