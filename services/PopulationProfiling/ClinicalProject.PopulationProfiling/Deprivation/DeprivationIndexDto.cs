namespace ClinicalProject.PopulationProfiling.Deprivation;

/// <summary>An imported deprivation index edition.</summary>
public sealed record DeprivationIndexDto(string Version, string HierarchyVersion, int DaCount, string ContentHash, DateTimeOffset ImportedAt)
{
    public static DeprivationIndexDto From(DeprivationIndex index) => new(index.Version, index.HierarchyVersion, index.DaCount, index.ContentHash,
        new DateTimeOffset(DateTime.SpecifyKind(index.ImportedAtUtc, DateTimeKind.Utc)));
}
