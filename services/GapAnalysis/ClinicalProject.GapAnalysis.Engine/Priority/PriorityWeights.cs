namespace ClinicalProject.GapAnalysis.Engine.Priority;

/// <summary>A program's priority weights.</summary>
/// <param name="ProgramWeight">Multiplies every priority of the program (1: neutral).</param>
/// <param name="DeprivationWeight">
/// How much more a gap of the most deprived territories counts: the weight is 1 + DeprivationWeight × (q̄ − 1) / 4,
/// q̄ the territory's population-weighted mean material deprivation quintile (1 least … 5 most deprived), so with
/// 1 a territory entirely in Q5 counts twice one entirely in Q1. A territory of unknown deprivation gets 1.
/// </param>
public sealed record PriorityWeights(double ProgramWeight = 1, double DeprivationWeight = 1);

/// <summary>One area's population and material deprivation quintile (null when unknown), in its territory.</summary>
public sealed record AreaDeprivation(string TerritoryCode, double Population, int? Quintile);
