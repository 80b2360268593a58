using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Engine.Results;
using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Engine.Computation;

/// <summary>
/// Every additive relation among the cells a profile publishes, built once per model: territory cells
/// 0 … T − 1 (each parent = Σ children) and, with quintiles, territory × quintile cells T + (t − L) × 6 + q
/// for the non-leaf territories (each territory = Σ its quintiles, and each territory's quintile q = Σ its
/// non-leaf children's quintile q + its leaf children in quintile q), so no withheld cell can be recovered
/// across the two breakdowns either.
/// </summary>
internal sealed class SuppressionLayout
{
    public const int QuintileSlots = 6;

    private SuppressionLayout(AdditiveStructure structure, bool withQuintiles)
    {
        Structure = structure;
        WithQuintiles = withQuintiles;
    }

    public AdditiveStructure Structure { get; }

    public bool WithQuintiles { get; }

    public static SuppressionLayout Build(ProfileModel model, bool withQuintiles)
    {
        var tree = model.Tree;
        if (!withQuintiles || model.Quintiles is null)
        {
            return new SuppressionLayout(tree.Suppression, false);
        }

        var leaves = tree.LeafCount;
        var territories = tree.Count;
        var cells = territories + (territories - leaves) * QuintileSlots;
        var children = new List<int>[territories];
        var parents = tree.Parents;
        for (var t = 0; t < territories; t++)
        {
            if (parents[t] >= 0)
            {
                (children[parents[t]] ??= []).Add(t);
            }
        }

        var groups = new List<(int, IReadOnlyList<int>)>();
        for (var t = leaves; t < territories; t++)
        {
            groups.Add((t, children[t]));
            groups.Add((t, Enumerable.Range(0, QuintileSlots).Select(q => QuintileCell(tree.Count, leaves, t, q)).ToArray()));
            for (var q = 0; q < QuintileSlots; q++)
            {
                var parts = new List<int>();
                foreach (var c in children[t])
                {
                    if (c >= leaves)
                    {
                        parts.Add(QuintileCell(tree.Count, leaves, c, q));
                    }
                    else if (model.Quintiles[c] == q)
                    {
                        parts.Add(c);
                    }
                }

                groups.Add((QuintileCell(tree.Count, leaves, t, q), parts));
            }
        }

        return new SuppressionLayout(new AdditiveStructure(cells, groups), true);
    }

    /// <summary>
    /// Decides every cell's <see cref="SuppressionStatus"/> (territories, then the quintile cells) into their
    /// columns. Cells with neither events nor population are structural zeros. With
    /// <paramref name="protectComplements"/> (proportions) the people not counted, denominator − count, are
    /// protected like the counts.
    /// </summary>
    public void Suppress(MeasureColumns territories, QuintileBreakdown? quintiles, SmallCellRule rule, bool protectComplements)
    {
        var cells = Structure.CellCount;
        var counts = new double[cells];
        var complements = protectComplements ? new double[cells] : [];
        var structural = new bool[cells];
        var status = new SuppressionStatus[cells];
        Fill(territories, 0);
        if (quintiles is not null)
        {
            Fill(quintiles.Columns, territories.Length);
        }

        SmallCellSuppression.Apply(counts, complements, Structure, rule, status, structural);
        status.AsSpan(0, territories.Length).CopyTo(territories.SuppressionArray);
        if (quintiles is not null)
        {
            status.AsSpan(territories.Length).CopyTo(quintiles.Columns.SuppressionArray);
        }

        void Fill(MeasureColumns columns, int offset)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var (count, denominator) = (columns.CountArray[c], columns.DenominatorArray[c]);
                counts[offset + c] = count;
                structural[offset + c] = count == 0 && denominator == 0;
                if (protectComplements)
                {
                    complements[offset + c] = denominator - count;
                }
            }
        }
    }

    public static int QuintileCell(int territories, int leaves, int territory, int quintile) =>
        territories + (territory - leaves) * QuintileSlots + quintile;
}
