namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>Another territory named from a territory's detail: one step of its ancestors' path.</summary>
public sealed record TerritoryReference(string Code, string Level, string NameFr, string NameEn);
