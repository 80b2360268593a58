using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics;

/// <summary>The verdict of a test for linear trend.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrendDirection>))]
public enum TrendDirection
{
    /// <summary>Fewer than <see cref="LinearTrend.MinimumPeriods"/> usable periods.</summary>
    NotCalculated = 0,

    /// <summary>Significant linear increase.</summary>
    Increasing,

    /// <summary>Significant linear decrease.</summary>
    Decreasing,

    /// <summary>No significant linear change.</summary>
    NoSignificantChange,
}
