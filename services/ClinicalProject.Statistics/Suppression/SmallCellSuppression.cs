namespace ClinicalProject.Statistics.Suppression;

/// <summary>
/// Primary and secondary (complementary) small-cell suppression.
/// Primary: every count the <see cref="SmallCellRule"/> calls small. Secondary, for every relation
/// "total = Σ components" until nothing changes:
/// <list type="bullet">
/// <item>total published, some components withheld: while only one is withheld, or the withheld ones add up
/// to less than the threshold (so their sum, total − published, would itself be a small count), withhold
/// the smallest published component too; when none is left, withhold the total;</item>
/// <item>total withheld, every component published: withhold the smallest component, else the total
/// could be recovered by adding them up.</item>
/// </list>
/// Ties go to the lowest cell number, so the result is deterministic. For proportions the complements
/// (n − x) are protected the same way (see the overload that takes them).
/// </summary>
public static class SmallCellSuppression
{
    /// <summary>Decides the status of every cell.</summary>
    public static SuppressionStatus[] Apply(ReadOnlySpan<double> counts, AdditiveStructure structure,
        SmallCellRule rule)
    {
        var status = new SuppressionStatus[counts.Length];
        Apply(counts, structure, rule, status);
        return status;
    }

    /// <summary>Decides the status of every cell into <paramref name="status"/> (no allocation).</summary>
    public static void Apply(ReadOnlySpan<double> counts, AdditiveStructure structure, SmallCellRule rule,
        Span<SuppressionStatus> status) => Apply(counts, structure, rule, status, default);

    /// <summary>
    /// As <see cref="Apply(ReadOnlySpan{double}, AdditiveStructure, SmallCellRule, Span{SuppressionStatus})"/>,
    /// with structural zeros: cells known to be empty (no population at all, e.g. a quintile absent from a
    /// territory) are never withheld and never chosen as complementary cells, since everyone knows them.
    /// </summary>
    public static void Apply(ReadOnlySpan<double> counts, AdditiveStructure structure, SmallCellRule rule,
        Span<SuppressionStatus> status, ReadOnlySpan<bool> structuralZeros) =>
        Apply(counts, default, structure, rule, status, structuralZeros);

    /// <summary>
    /// As above, for a proportion whose denominators are published: <paramref name="complements"/> holds, per
    /// cell, the people counted in the denominator but not in the numerator (n − x). With n public, n − x is as
    /// much a count as x, so it must not be small either, nor recoverable from a total: a cell is primary
    /// when either is small, and every relation is protected for both (the complements add up over the same
    /// structure as the counts). Empty <paramref name="complements"/>: counts alone.
    /// </summary>
    public static void Apply(ReadOnlySpan<double> counts, ReadOnlySpan<double> complements, AdditiveStructure structure,
        SmallCellRule rule, Span<SuppressionStatus> status, ReadOnlySpan<bool> structuralZeros)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(rule);
        if (counts.Length != structure.CellCount || status.Length != counts.Length)
        {
            throw new ArgumentException(
                $"Counts ({counts.Length}) and statuses ({status.Length}) must cover the structure's {structure.CellCount} cells.");
        }

        if (!structuralZeros.IsEmpty && structuralZeros.Length != counts.Length)
        {
            throw new ArgumentException("One structural-zero flag per cell.", nameof(structuralZeros));
        }

        if (!complements.IsEmpty && complements.Length != counts.Length)
        {
            throw new ArgumentException("One complement per cell.", nameof(complements));
        }

        for (var i = 0; i < counts.Length; i++)
        {
            var known = !structuralZeros.IsEmpty && structuralZeros[i];
            var small = rule.IsSmall(counts[i]) || (!complements.IsEmpty && rule.IsSmall(complements[i]));
            status[i] = !known && small ? SuppressionStatus.Primary : SuppressionStatus.Published;
        }

        bool changed;
        do
        {
            changed = false;
            for (var g = 0; g < structure.GroupCount; g++)
            {
                changed |= ProtectGroup(counts, structure.Total(g), structure.Components(g), rule, status, structuralZeros);
                if (!complements.IsEmpty)
                {
                    changed |= ProtectGroup(complements, structure.Total(g), structure.Components(g), rule, status, structuralZeros);
                }
            }
        }
        while (changed);
    }

    private static bool ProtectGroup(ReadOnlySpan<double> counts, int total, ReadOnlySpan<int> components,
        SmallCellRule rule, Span<SuppressionStatus> status, ReadOnlySpan<bool> structuralZeros)
    {
        var withheld = 0;
        double withheldSum = 0;
        var smallestPublished = -1;
        foreach (var cell in components)
        {
            if (status[cell] != SuppressionStatus.Published)
            {
                withheld++;
                withheldSum += counts[cell];
            }
            else if (!structuralZeros.IsEmpty && structuralZeros[cell])
            {
                continue;
            }
            else if (smallestPublished < 0 || counts[cell] < counts[smallestPublished] ||
                     (counts[cell] == counts[smallestPublished] && cell < smallestPublished))
            {
                smallestPublished = cell;
            }
        }

        var totalWithheld = status[total] != SuppressionStatus.Published;
        if (totalWithheld)
        {
            if (withheld > 0 || smallestPublished < 0)
            {
                return false;
            }

            status[smallestPublished] = SuppressionStatus.Secondary;
            return true;
        }

        if (withheld == 0 || (withheld >= 2 && withheldSum >= rule.Threshold))
        {
            return false;
        }

        if (smallestPublished >= 0)
        {
            status[smallestPublished] = SuppressionStatus.Secondary;
        }
        else
        {
            status[total] = SuppressionStatus.Secondary;
        }

        return true;
    }
}
