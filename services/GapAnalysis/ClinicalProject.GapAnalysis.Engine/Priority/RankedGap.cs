using ClinicalProject.GapAnalysis.Engine.Gaps;

namespace ClinicalProject.GapAnalysis.Engine.Priority;

/// <summary>A clinical model of the inventory that addresses a gap's type and program.</summary>
public sealed record Suggestion(Guid ClinicalModelId, string Name);

/// <summary>A clinical model as the inventory lists it: the programs (none: every program) and gap types it addresses.</summary>
public sealed record ClinicalModelOffer(Guid Id, string Name, IReadOnlyList<int> Programs, IReadOnlyList<GapType> GapTypes);

/// <summary>
/// A gap with its priority = severity × people affected × deprivation weight × program weight, its rank (1 the
/// highest priority), the factors, and the clinical models suggested for it.
/// </summary>
public sealed record RankedGap(Gap Gap, int Rank, double Priority, double DeprivationWeight, double? MeanQuintile, double ProgramWeight,
    IReadOnlyList<Suggestion> Suggestions);
