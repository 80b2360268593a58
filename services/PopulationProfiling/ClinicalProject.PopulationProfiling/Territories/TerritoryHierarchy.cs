namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>
/// One imported version of the territory hierarchy (a census year's, typically). Immutable once imported:
/// the same label can only be imported again with the same content.
/// </summary>
public sealed class TerritoryHierarchy
{
    /// <summary>The version label, such as "2021".</summary>
    public required string Version { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the normalised content; see <c>TerritoryContentHash</c>.</summary>
    public required string ContentHash { get; init; }

    public int TerritoryCount { get; init; }

    /// <summary>UTC. A <see cref="DateTime"/> rather than a DateTimeOffset so SQLite can sort on it.</summary>
    public DateTime ImportedAtUtc { get; init; }
}
