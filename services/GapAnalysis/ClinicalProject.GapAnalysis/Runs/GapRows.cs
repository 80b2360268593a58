using System.Text.Json;
using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Engine.Priority;

namespace ClinicalProject.GapAnalysis.Runs;

/// <summary>A ranked gap as a stored row.</summary>
public static class GapRows
{
    public static GapEntry From(Guid analysisId, RankedGap ranked) => new()
    {
        AnalysisId = analysisId,
        Key = ranked.Gap.Key,
        Type = ranked.Gap.Type.ToString().ToLowerInvariant(),
        Rule = ranked.Gap.Rule,
        Program = ranked.Gap.Program,
        TerritoryCode = ranked.Gap.TerritoryCode,
        Subject = ranked.Gap.Subject,
        Severity = ranked.Gap.Severity,
        PeopleAffected = ranked.Gap.PeopleAffected,
        Priority = ranked.Priority,
        Rank = ranked.Rank,
        DeprivationWeight = ranked.DeprivationWeight,
        MeanQuintile = ranked.MeanQuintile,
        ProgramWeight = ranked.ProgramWeight,
        Figures = JsonSerializer.Serialize(ranked.Gap.Figures, AnalysisStore.Json),
        Thresholds = JsonSerializer.Serialize(ranked.Gap.Thresholds, AnalysisStore.Json),
        SentenceFr = ranked.Gap.SentenceFr,
        SentenceEn = ranked.Gap.SentenceEn,
        Suggestions = JsonSerializer.Serialize(ranked.Suggestions, AnalysisStore.Json),
    };
}
