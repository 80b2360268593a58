namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>
/// A figure per non-leaf territory and deprivation quintile: quintile 1 (least deprived) … 5 (most), and 0
/// for leaves whose quintile is unknown. Leaves have no breakdown: a DA lies in a single quintile.
/// </summary>
public sealed class QuintileBreakdown
{
    /// <summary>Quintile slots per territory (0 = unknown, 1 … 5).</summary>
    public const int Slots = 6;

    private readonly int _leafCount;

    internal QuintileBreakdown(int territoryCount, int leafCount, double multiplier)
    {
        _leafCount = leafCount;
        Columns = new MeasureColumns((territoryCount - leafCount) * Slots, multiplier);
    }

    /// <summary>The figures; cell = <see cref="Cell"/>.</summary>
    public MeasureColumns Columns { get; }

    /// <summary>The cell of a non-leaf territory id and a quintile (0–5).</summary>
    public int Cell(int territory, int quintile)
    {
        if (territory < _leafCount)
        {
            throw new ArgumentOutOfRangeException(nameof(territory), territory, "Leaves have no quintile breakdown.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)quintile, 5u, nameof(quintile));
        return (territory - _leafCount) * Slots + quintile;
    }

    /// <summary>The published figure of a territory and quintile.</summary>
    public PublishedFigure Published(int territory, int quintile) => Columns.Published(Cell(territory, quintile));
}
