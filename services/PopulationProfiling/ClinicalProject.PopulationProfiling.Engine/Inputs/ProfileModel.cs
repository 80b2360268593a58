using ClinicalProject.PopulationProfiling.Engine.Computation;
using ClinicalProject.PopulationProfiling.Engine.Territories;

namespace ClinicalProject.PopulationProfiling.Engine.Inputs;

/// <summary>
/// What every indicator of a profile shares: the hierarchy, the strata, the periods, the population
/// denominators per leaf and, optionally, each leaf's deprivation quintile.
/// </summary>
public sealed class ProfileModel
{
    /// <summary>Creates a model; shapes are checked against each other.</summary>
    /// <param name="tree">The territory hierarchy (leaves = DAs).</param>
    /// <param name="strata">Age × sex strata.</param>
    /// <param name="periods">Period labels in time order (e.g. "2019" … "2023").</param>
    /// <param name="population">Population per period × leaf × stratum.</param>
    /// <param name="periodScores">Position of each period on the time axis for trends (default 0, 1, 2 …).</param>
    /// <param name="quintiles">Deprivation quintile per leaf (1 least … 5 most deprived, 0 unknown); null for none.</param>
    public ProfileModel(TerritoryTree tree, StrataLayout strata, IReadOnlyList<string> periods,
        LeafCube<double> population, IReadOnlyList<double>? periodScores = null, IReadOnlyList<byte>? quintiles = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(strata);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(population);
        if (periods.Count == 0 || !population.HasShape(periods.Count, tree.LeafCount, strata.Count))
        {
            throw new ArgumentException(
                $"The population must be {periods.Count} periods × {tree.LeafCount} leaves × {strata.Count} strata.",
                nameof(population));
        }

        if (periodScores is not null && periodScores.Count != periods.Count)
        {
            throw new ArgumentException("One score per period.", nameof(periodScores));
        }

        if (quintiles is not null && (quintiles.Count != tree.LeafCount || quintiles.Any(q => q > 5)))
        {
            throw new ArgumentException($"One quintile (0–5) per leaf ({tree.LeafCount}).", nameof(quintiles));
        }

        Tree = tree;
        Strata = strata;
        Periods = [.. periods];
        Population = population;
        PeriodScores = periodScores is null ? Enumerable.Range(0, periods.Count).Select(i => (double)i).ToArray() : [.. periodScores];
        Quintiles = quintiles is null ? null : [.. quintiles];
        _treeLayout = new Lazy<SuppressionLayout>(() => SuppressionLayout.Build(this, withQuintiles: false));
        _quintileLayout = new Lazy<SuppressionLayout>(() => SuppressionLayout.Build(this, withQuintiles: true));
    }

    private readonly Lazy<SuppressionLayout> _treeLayout;
    private readonly Lazy<SuppressionLayout> _quintileLayout;

    /// <summary>The additive relations to suppress over, built once per model and breakdown.</summary>
    internal SuppressionLayout LayoutFor(bool withQuintiles) =>
        withQuintiles && Quintiles is not null ? _quintileLayout.Value : _treeLayout.Value;

    /// <summary>The hierarchy.</summary>
    public TerritoryTree Tree { get; }

    /// <summary>The strata.</summary>
    public StrataLayout Strata { get; }

    /// <summary>Period labels in time order.</summary>
    public IReadOnlyList<string> Periods { get; }

    /// <summary>Population per period × leaf × stratum.</summary>
    public LeafCube<double> Population { get; }

    /// <summary>Time-axis score per period.</summary>
    public IReadOnlyList<double> PeriodScores { get; }

    /// <summary>Deprivation quintile per leaf (0 unknown), or null.</summary>
    public IReadOnlyList<byte>? Quintiles { get; }
}
