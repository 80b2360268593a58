namespace ClinicalProject.GapAnalysis.Matrices;

/// <summary>An imported travel-time matrix (sparse: origin territory, destination site, minutes). The newest is used.</summary>
public sealed class TravelTimeMatrixEntity
{
    public required string Version { get; init; }

    public required string ContentHash { get; init; }

    public int EntryCount { get; init; }

    public DateTime ImportedAtUtc { get; init; }
}

/// <summary>One entry of an imported matrix.</summary>
public sealed class TravelTimeEntry
{
    public required string MatrixVersion { get; init; }

    public required string OriginCode { get; init; }

    public Guid SiteId { get; init; }

    public double Minutes { get; init; }
}
