namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>Either every territory of the file, validated, or every error found (sorted by row).</summary>
public sealed record TerritoryValidationResult(IReadOnlyList<TerritoryDefinition> Territories, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
