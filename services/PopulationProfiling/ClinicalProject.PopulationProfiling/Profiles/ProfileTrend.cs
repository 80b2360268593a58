using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Profiles;

/// <summary>The trend of one indicator in one territory over the profile's periods (χ² test for linear trend).</summary>
public sealed class ProfileTrend
{
    public Guid JobId { get; init; }

    public required string IndicatorCode { get; init; }

    public required string TerritoryCode { get; init; }

    public TrendDirection Direction { get; init; }

    public double? PValue { get; init; }

    public int Periods { get; init; }
}
