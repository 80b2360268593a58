namespace ClinicalProject.Statistics.Suppression;

/// <summary>
/// The additive relations among published cells (each a total that equals the sum of its components),
/// through which a withheld cell could be recovered by subtraction. Built once per shape (a territory
/// hierarchy, a pyramid) and reused for every indicator and period, in compact arrays.
/// </summary>
public sealed class AdditiveStructure
{
    private readonly int[] _totals;
    private readonly int[] _offsets;
    private readonly int[] _components;

    /// <summary>Creates the relations "total = Σ components" over cells numbered 0 … cellCount − 1.</summary>
    public AdditiveStructure(int cellCount, IEnumerable<(int Total, IReadOnlyList<int> Components)> groups)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cellCount);
        ArgumentNullException.ThrowIfNull(groups);
        CellCount = cellCount;
        var totals = new List<int>();
        var offsets = new List<int> { 0 };
        var components = new List<int>();
        foreach (var (total, parts) in groups)
        {
            CheckCell(total, cellCount);
            if (parts.Count == 0)
            {
                continue;
            }

            foreach (var part in parts)
            {
                CheckCell(part, cellCount);
                if (part == total)
                {
                    throw new ArgumentException($"Cell {total} cannot be a component of itself.", nameof(groups));
                }

                components.Add(part);
            }

            totals.Add(total);
            offsets.Add(components.Count);
        }

        _totals = [.. totals];
        _offsets = [.. offsets];
        _components = [.. components];
    }

    /// <summary>Number of cells the relations range over.</summary>
    public int CellCount { get; }

    /// <summary>Number of relations.</summary>
    public int GroupCount => _totals.Length;

    /// <summary>
    /// A hierarchy (e.g. RLS → CLSC → DA): every cell with children is the total of its children.
    /// <paramref name="parents"/>[i] is the parent of cell i, or −1 for a root.
    /// </summary>
    public static AdditiveStructure FromParents(ReadOnlySpan<int> parents)
    {
        var children = new List<int>[parents.Length];
        for (var i = 0; i < parents.Length; i++)
        {
            var parent = parents[i];
            if (parent < 0)
            {
                continue;
            }

            CheckCell(parent, parents.Length);
            (children[parent] ??= []).Add(i);
        }

        var groups = new List<(int, IReadOnlyList<int>)>();
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is { } list)
            {
                groups.Add((i, list));
            }
        }

        return new AdditiveStructure(parents.Length, groups);
    }

    /// <summary>
    /// A two-way table with margins, such as an age × sex pyramid. Cell numbering: the rows × columns
    /// interior cells row by row (r × columns + c), then the row totals (rows × columns + r), then the
    /// column totals (rows × columns + rows + c), then the grand total (last).
    /// </summary>
    public static AdditiveStructure ForTable(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        var interior = rows * columns;
        var grand = interior + rows + columns;
        var groups = new List<(int, IReadOnlyList<int>)>();
        for (var r = 0; r < rows; r++)
        {
            groups.Add((interior + r, Enumerable.Range(r * columns, columns).ToArray()));
        }

        for (var c = 0; c < columns; c++)
        {
            groups.Add((interior + rows + c, Enumerable.Range(0, rows).Select(r => r * columns + c).ToArray()));
        }

        groups.Add((grand, Enumerable.Range(interior, rows).ToArray()));
        groups.Add((grand, Enumerable.Range(interior + rows, columns).ToArray()));
        return new AdditiveStructure(grand + 1, groups);
    }

    internal int Total(int group) => _totals[group];

    internal ReadOnlySpan<int> Components(int group) =>
        _components.AsSpan(_offsets[group], _offsets[group + 1] - _offsets[group]);

    private static void CheckCell(int cell, int cellCount)
    {
        if (cell < 0 || cell >= cellCount)
        {
            throw new ArgumentOutOfRangeException(nameof(cell), cell, $"Cells are numbered 0 … {cellCount - 1}.");
        }
    }
}
