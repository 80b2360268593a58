using System.Text.Json;
using ClinicalProject.GapAnalysis.Engine.Gaps;
using ClinicalProject.GapAnalysis.Engine.Priority;
using ClinicalProject.GapAnalysis.Runs;

namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>
/// A ranked gap: its rule, the figures and thresholds that produced it, its priority and the factors of it,
/// sentences in French and English, and the clinical models suggested for it.
/// </summary>
public sealed record GapDto(
    string Key,
    int Rank,
    double Priority,
    string Type,
    string Rule,
    int Program,
    string ProgramNameFr,
    string ProgramNameEn,
    string Territory,
    string? TerritoryNameFr,
    string? TerritoryNameEn,
    string? Subject,
    double Severity,
    double PeopleAffected,
    double DeprivationWeight,
    double? MeanQuintile,
    double ProgramWeight,
    IReadOnlyDictionary<string, double> Figures,
    IReadOnlyDictionary<string, double> Thresholds,
    string SentenceFr,
    string SentenceEn,
    IReadOnlyList<Suggestion> Suggestions)
{
    public static GapDto From(GapEntry g, IReadOnlyDictionary<string, (string Fr, string? En)> names) => new(
        g.Key, g.Rank, g.Priority, g.Type, g.Rule, g.Program, g.Program == 0 ? "Tous les programmes" : ProgramNames.Fr(g.Program),
        g.Program == 0 ? "All programs" : ProgramNames.En(g.Program), g.TerritoryCode,
        names.TryGetValue(g.TerritoryCode, out var name) ? name.Fr : null, names.TryGetValue(g.TerritoryCode, out var en) ? en.En : null,
        g.Subject, g.Severity, g.PeopleAffected, g.DeprivationWeight, g.MeanQuintile, g.ProgramWeight,
        Read<Dictionary<string, double>>(g.Figures), Read<Dictionary<string, double>>(g.Thresholds), g.SentenceFr, g.SentenceEn,
        Read<List<Suggestion>>(g.Suggestions));

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, AnalysisStore.Json)!;
}

/// <summary>One gap with how its priority was computed, in words.</summary>
public sealed record GapDetailDto(GapDto Gap, Guid AnalysisId, long AnalysisVersion, string ExplanationFr, string ExplanationEn);
