namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>The JSON import body: <c>{ "territories": [ … ] }</c>. Other top-level properties are ignored.</summary>
public sealed record TerritoryHierarchyDocument(IReadOnlyList<TerritoryRecord?>? Territories);
