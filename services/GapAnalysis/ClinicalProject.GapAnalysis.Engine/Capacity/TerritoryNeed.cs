namespace ClinicalProject.GapAnalysis.Engine.Capacity;

/// <summary>
/// A program's need and capacity in a territory: expected users now (population by stratum × the reference
/// rates) and in a projected period, and the capacity of the program's sites in the territory (one unit).
/// </summary>
public sealed record TerritoryNeed(string TerritoryCode, double ExpectedNow, double? ExpectedProjected, double Capacity);
