namespace ClinicalProject.PopulationProfiling.Deprivation;

/// <summary>
/// An imported edition of the material and social deprivation index (INSPQ, Pampalon) for the DAs of one
/// territory hierarchy version. Immutable once imported, like the hierarchies.
/// </summary>
public sealed class DeprivationIndex
{
    /// <summary>The edition's label, such as "2021".</summary>
    public required string Version { get; init; }

    public required string HierarchyVersion { get; init; }

    /// <summary>SHA-256 of the normalised rows (sorted by DA code): the same scores give the same hash.</summary>
    public required string ContentHash { get; init; }

    public int DaCount { get; init; }

    public DateTime ImportedAtUtc { get; init; }
}
