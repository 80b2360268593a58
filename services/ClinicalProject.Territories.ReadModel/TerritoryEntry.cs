namespace ClinicalProject.Territories.ReadModel;

/// <summary>One territory of one hierarchy version, as population profiling published it.</summary>
public sealed class TerritoryEntry
{
    public required string HierarchyVersion { get; set; }

    public required string Code { get; set; }

    public required string Level { get; set; }

    public string? ParentCode { get; set; }

    public required string NameFr { get; set; }

    public string? NameEn { get; set; }

    public double? CentroidLatitude { get; set; }

    public double? CentroidLongitude { get; set; }
}
