using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.Statistics.Tests;

/// <summary>Hand-worked suppression cases: an RLS with its CLSCs, a deeper hierarchy, an age × sex pyramid.</summary>
public sealed class SmallCellSuppressionTests
{
    private const SuppressionStatus P = SuppressionStatus.Published;
    private const SuppressionStatus S1 = SuppressionStatus.Primary;
    private const SuppressionStatus S2 = SuppressionStatus.Secondary;

    [Fact]
    public void Primary_withholds_counts_below_the_threshold_zero_included_by_default()
    {
        Assert.True(SmallCellRule.Default.IsSmall(4));
        Assert.False(SmallCellRule.Default.IsSmall(5));
        Assert.True(SmallCellRule.Default.IsSmall(0));
        Assert.False(new SmallCellRule(PublishZeros: true).IsSmall(0));
        Assert.True(new SmallCellRule(Threshold: 10).IsSmall(9));
    }

    [Fact]
    public void One_small_clsc_under_a_published_rls_takes_the_next_smallest_with_it()
    {
        // RLS (0) = 120 with CLSCs 3 (1), 40 (2), 77 (3): 3 is small; 3 = 120 − 40 − 77 would be recoverable,
        // so 40, the next smallest, is withheld too.
        double[] counts = [120, 3, 40, 77];
        var structure = AdditiveStructure.FromParents([-1, 0, 0, 0]);

        var status = SmallCellSuppression.Apply(counts, structure, SmallCellRule.Default);

        Assert.Equal([P, S1, S2, P], status);
    }

    [Fact]
    public void Two_small_cells_whose_sum_is_still_small_need_a_third()
    {
        // 1 + 2 = 3 < 5 would be recoverable as total − published: withhold 10 as well.
        double[] counts = [113, 1, 2, 10, 100];
        var status = SmallCellSuppression.Apply(counts, AdditiveStructure.FromParents([-1, 0, 0, 0, 0]), SmallCellRule.Default);

        Assert.Equal([P, S1, S1, S2, P], status);
    }

    [Fact]
    public void A_proportion_close_to_its_denominator_is_withheld_for_its_complement()
    {
        // RLS (0) = CLSCs 1–3; x = 306 of n = 400: 196 of 200 (complement 4), 50 of 100, 60 of 100.
        // 196 is not small but 200 − 196 = 4 is: primary; then, as for any primary, the next smallest count.
        double[] counts = [306, 196, 50, 60];
        double[] complements = [94, 4, 50, 40];
        var status = new SuppressionStatus[4];
        SmallCellSuppression.Apply(counts, complements, AdditiveStructure.FromParents([-1, 0, 0, 0]), SmallCellRule.Default, status, default);

        Assert.Equal([P, S1, S2, P], status);
        Assert.Equal([P, P, P, P], SmallCellSuppression.Apply(counts, AdditiveStructure.FromParents([-1, 0, 0, 0]), SmallCellRule.Default));
    }

    [Fact]
    public void Withheld_complements_that_add_up_to_a_small_count_need_another_cell()
    {
        // x / n: total 177 / 490; CLSCs 99 / 100, 10 / 300, 48 / 50, 20 / 40. Complements 1 and 2 are small
        // (primary). The withheld counts add up to 147 (enough), but their complements to 3, which the total's
        // complement (313) minus the published ones (290 + 20) would reveal: the smallest published complement
        // (20, the fourth CLSC) is withheld too.
        double[] counts = [177, 99, 10, 48, 20];
        double[] complements = [313, 1, 290, 2, 20];
        var status = new SuppressionStatus[5];
        SmallCellSuppression.Apply(counts, complements, AdditiveStructure.FromParents([-1, 0, 0, 0, 0]), SmallCellRule.Default, status, default);

        Assert.Equal([P, S1, P, S1, S2], status);
    }

    [Fact]
    public void Two_small_cells_adding_up_to_the_threshold_protect_each_other()
    {
        double[] counts = [107, 3, 4, 100];
        var status = SmallCellSuppression.Apply(counts, AdditiveStructure.FromParents([-1, 0, 0, 0]), SmallCellRule.Default);

        Assert.Equal([P, S1, S1, P], status);
    }

    [Fact]
    public void A_withheld_total_with_every_child_published_withholds_a_child()
    {
        // Region 0 → RLS 1 (4, small) and RLS 2; RLS 1 → CLSCs 3 and 4 both ≥ 5? impossible (they add to 4),
        // so use the hierarchy region 0 → RLS 1, RLS 2; RLS 1 → CLSC 3 (2), CLSC 4 (2): all of RLS 1's
        // children are small; RLS 1 (4) is small; the region group then needs a second cell: RLS 2.
        double[] counts = [54, 4, 50, 2, 2];
        var status = SmallCellSuppression.Apply(counts, AdditiveStructure.FromParents([-1, 0, 0, 1, 1]), SmallCellRule.Default);

        Assert.Equal([P, S1, S2, S1, S1], status);
    }

    [Fact]
    public void Secondary_suppression_propagates_down_a_hierarchy()
    {
        // Province 0 → regions 1 (3) and 2 (200); region 2 → RLS 3 (120) and RLS 4 (80).
        // Region 1 is small → region 2 is withheld (secondary); but 3 + 4 would give region 2 back,
        // so the smaller RLS (4: 80) is withheld in turn; 3 stays published.
        double[] counts = [203, 3, 200, 120, 80];
        var status = SmallCellSuppression.Apply(counts, AdditiveStructure.FromParents([-1, 0, 0, 2, 2]), SmallCellRule.Default);

        Assert.Equal([P, S1, S2, P, S2], status);
    }

    [Fact]
    public void Pyramid_cells_are_protected_in_rows_and_columns()
    {
        // 3 age bands × 2 sexes: [2, 30], [20, 25], [40, 45]; row totals 32, 45, 85; column totals 62, 100; total 162.
        // 2 (cell 0) is small. Row 0: withhold 30 (cell 1). Column 0: withhold the next smallest, 20 (cell 2).
        // Column 1 now has 30 withheld alone: withhold 25 (cell 3). Row 1 then has 20 and 25 withheld (sum 45): safe.
        double[] counts = [2, 30, 20, 25, 40, 45, 32, 45, 85, 62, 100, 162];
        var status = SmallCellSuppression.Apply(counts, AdditiveStructure.ForTable(3, 2), SmallCellRule.Default);

        Assert.Equal([S1, S2, S2, S2, P, P, P, P, P, P, P, P], status);
    }

    [Fact]
    public void Only_child_that_is_small_withholds_its_total()
    {
        double[] counts = [3, 3];
        var status = SmallCellSuppression.Apply(counts, AdditiveStructure.FromParents([-1, 0]), SmallCellRule.Default);

        Assert.Equal([S1, S1], status);
        double[] large = [100, 3];
        // A total of 100 made of one withheld component of 3 cannot be: the data are not additive, but the rule still
        // withholds the total rather than reveal the component.
        Assert.Equal([S2, S1], SmallCellSuppression.Apply(large, AdditiveStructure.FromParents([-1, 0]), SmallCellRule.Default));
    }

    [Fact]
    public void No_withheld_value_can_be_recovered_in_random_hierarchies()
    {
        var random = new Random(20261127);
        for (var trial = 0; trial < 200; trial++)
        {
            // Root → 2–4 middle cells → 1–6 leaves each, leaves 0–40.
            var parents = new List<int> { -1 };
            var counts = new List<double> { 0 };
            var middles = random.Next(2, 5);
            for (var m = 0; m < middles; m++)
            {
                var middle = parents.Count;
                parents.Add(0);
                counts.Add(0);
                for (var l = random.Next(1, 7); l > 0; l--)
                {
                    parents.Add(middle);
                    counts.Add(random.Next(0, 41));
                }
            }

            for (var i = parents.Count - 1; i > 0; i--)
            {
                counts[parents[i]] += counts[i];
            }

            var structure = AdditiveStructure.FromParents(parents.ToArray());
            var status = SmallCellSuppression.Apply(counts.ToArray(), structure, SmallCellRule.Default);

            for (var i = 0; i < counts.Count; i++)
            {
                if (SmallCellRule.Default.IsSmall(counts[i]))
                {
                    Assert.NotEqual(P, status[i]);
                }
            }

            AssertNotRecoverable(parents, status);
        }
    }

    private static void AssertNotRecoverable(List<int> parents, SuppressionStatus[] status)
    {
        // In every parent-children group: a published total never has exactly one withheld child, and a withheld total
        // never has all of its children published.
        for (var t = 0; t < parents.Count; t++)
        {
            var children = Enumerable.Range(0, parents.Count).Where(i => parents[i] == t).ToList();
            if (children.Count == 0)
            {
                continue;
            }

            var withheld = children.Count(c => status[c] != P);
            if (status[t] == P)
            {
                Assert.NotEqual(1, withheld);
            }
            else
            {
                Assert.NotEqual(0, withheld);
            }
        }
    }
}
