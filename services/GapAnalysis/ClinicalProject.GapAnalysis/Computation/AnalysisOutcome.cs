using ClinicalProject.GapAnalysis.Engine.Continuity;
using ClinicalProject.GapAnalysis.Engine.Priority;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>What an analysis found: access scores (areas and gap-level territories), ranked gaps, the continuum statuses, and a summary.</summary>
public sealed record AnalysisOutcome(
    IReadOnlyList<int> Programs,
    IReadOnlyList<ScoreRow> Scores,
    IReadOnlyList<RankedGap> Gaps,
    IReadOnlyList<LevelStatus> ContinuumStatuses,
    AnalysisSummary Summary);

/// <summary>One program's access score in one territory (an area, or a gap-level territory).</summary>
public sealed record ScoreRow(int Program, string TerritoryCode, string Level, double Demand, double Population, double Score, double PopulationWithoutService,
    double? Latitude, double? Longitude);

/// <summary>The run's figures per program, and what it had to leave out.</summary>
public sealed record AnalysisSummary(
    string Method,
    double CatchmentMinutes,
    string Cost,
    string GapLevel,
    int Areas,
    int AreasWithoutCentroid,
    int AreasWithDerivedCentroid,
    int AreasWithoutGapTerritory,
    int SitesWithoutCoordinates,
    int MatrixEntriesIgnored,
    IReadOnlyList<ProgramSummary> Programs);

/// <summary>
/// A program's accessibility in figures: the supply unit, totals, and the invariant Σ Pᵢ Aᵢ (equal to the supply
/// reached by demand for every method but balanced).
/// </summary>
public sealed record ProgramSummary(int Program, string SupplyUnit, string Demand, int Sites, double TotalDemand, double TotalSupply, double TotalSupplyReached,
    double DemandWeightedAccess, double RegionAccessScore, double PopulationWithoutService, long PairsInReach, AccessEquityDto AccessEquity);
