using ClinicalProject.GapAnalysis.Inputs;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>
/// Everything an analysis computes from, exactly as read: the profile's gap inputs, the inventory snapshot, the
/// territories of the profile's hierarchy (from the read model), and the travel-time matrix if one is used.
/// Stored with the analysis, so what-if scenarios recompute from the same inputs.
/// </summary>
public sealed record AnalysisInputs(ProfileInputs Profile, InventoryInputs Inventory, IReadOnlyList<TerritoryInput> Territories, MatrixInput? Matrix);

public sealed record TerritoryInput(string Code, string Level, string? ParentCode, double? Latitude, double? Longitude);

public sealed record MatrixInput(string Version, IReadOnlyList<MatrixEntry> Entries);

/// <summary>Minutes from an origin area to a site.</summary>
public sealed record MatrixEntry(string OriginCode, Guid SiteId, double Minutes);
