namespace ClinicalProject.ImpactFollowUp.Comparisons;

/// <summary>What the service knows of a territory to suggest comparisons: its deprivation quintile and population.</summary>
public sealed class TerritoryTrait
{
    public required string TerritoryCode { get; set; }

    public string? Name { get; set; }

    /// <summary>Material and social deprivation quintile, 1 (least) to 5 (most deprived).</summary>
    public int? DeprivationQuintile { get; set; }

    public double? Population { get; set; }

    public required string Source { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
