using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Engine.Computation;

/// <summary>Options of a profile computation.</summary>
/// <param name="Suppression">Small-cell rule; the service passes its configured threshold. Default: below 5.</param>
/// <param name="Quintiles">Whether to break figures down by deprivation quintile (when the model has quintiles).</param>
/// <param name="TrendSignificance">Significance level of the trend tests.</param>
/// <param name="MaxDegreeOfParallelism">Partitions computed at once by <see cref="ProfileEngine.ComputeAll"/>; −1 for all cores.</param>
public sealed record ProfileOptions(
    SmallCellRule? Suppression = null,
    bool Quintiles = true,
    double TrendSignificance = LinearTrend.DefaultSignificance,
    int MaxDegreeOfParallelism = -1)
{
    /// <summary>The defaults.</summary>
    public static ProfileOptions Default { get; } = new();

    /// <summary>The small-cell rule in force.</summary>
    public SmallCellRule Rule => Suppression ?? SmallCellRule.Default;
}
