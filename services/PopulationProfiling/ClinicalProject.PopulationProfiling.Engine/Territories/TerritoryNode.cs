namespace ClinicalProject.PopulationProfiling.Engine.Territories;

/// <summary>One territory of a hierarchy as the service knows it: code, level name and parent code.</summary>
/// <param name="Code">Unique code (text: keep leading zeros).</param>
/// <param name="Level">Level name (province, region, rts, rls, clsc, da …); informative only.</param>
/// <param name="ParentCode">Parent's code; null for the root (the province).</param>
public sealed record TerritoryNode(string Code, string Level, string? ParentCode);
