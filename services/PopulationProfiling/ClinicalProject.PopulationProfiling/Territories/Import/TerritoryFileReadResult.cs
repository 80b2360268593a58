namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>What a CSV or JSON reader got out of a file: its rows, and what made some of it unreadable.</summary>
public sealed record TerritoryFileReadResult(IReadOnlyList<TerritoryInput> Rows, IReadOnlyList<ImportError> Errors)
{
    public static TerritoryFileReadResult Failed(ImportError error) => new([], [error]);
}
