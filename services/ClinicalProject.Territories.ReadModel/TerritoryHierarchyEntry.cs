namespace ClinicalProject.Territories.ReadModel;

/// <summary>A hierarchy version this service holds.</summary>
public sealed class TerritoryHierarchyEntry
{
    public required string Version { get; set; }

    public int TerritoryCount { get; set; }

    public required string ContentHash { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public DateTime ReceivedAtUtc { get; set; }
}
