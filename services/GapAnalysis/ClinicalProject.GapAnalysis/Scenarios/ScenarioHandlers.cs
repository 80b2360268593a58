using ClinicalProject.GapAnalysis.AdHoc;
using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Computation;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.GapAnalysis.Runs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Scenarios;

/// <summary>A territory's access score for a program, now and under the scenario.</summary>
public sealed record ScenarioScoreDto(int Program, string Territory, double Current, double Scenario, double Change,
    double CurrentPopulationWithoutService, double ScenarioPopulationWithoutService);

/// <summary>What a scenario would change: access scores at the gap level, and gaps opened, closed and changed against the analysis.</summary>
public sealed record ScenarioResultDto(AnalysisDto Analysis, IReadOnlyList<ScenarioChange> Changes, IReadOnlyList<ScenarioScoreDto> Scores,
    AnalysisComparisonDto Gaps);

/// <summary>
/// <c>POST /analyses/{analysis}/scenarios</c>: recomputes an analysis from its stored inputs and parameters with the
/// proposed changes, and answers the new scores and gaps beside the current ones. Nothing is stored.
/// </summary>
public static class ScenarioHandlers
{
    public static async Task<Results<Ok<ScenarioResultDto>, ValidationProblem, ProblemHttpResult>> Run(
        GapAnalysisDbContext db, HttpRequest request, string analysis, CancellationToken cancellationToken)
    {
        var (body, invalid) = await AccessibilityHandlers.ReadAsync<ScenarioRequest>(request, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(invalid!);
        }

        var found = await AnalysisReference.ResolveAsync(db, analysis, cancellationToken);
        if (found is null)
        {
            return Problems.NoAnalysis(analysis);
        }

        var snapshot = await db.Analyses.AsNoTracking().Where(a => a.Id == found.Id).Select(a => a.InputSnapshot).SingleAsync(cancellationToken);
        var inputs = AnalysisStore.Decompress(snapshot);
        var parameters = System.Text.Json.JsonSerializer.Deserialize<AnalysisParameters>(found.Parameters, AnalysisStore.Json)!;
        var (changed, errors) = ScenarioApplier.Apply(inputs, parameters, body.Changes);
        if (changed is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outcome = AnalysisComputation.Compute(changed, parameters);
        var current = await db.AccessScores.AsNoTracking().Where(s => s.AnalysisId == found.Id && s.Level == parameters.GapLevel).ToListAsync(cancellationToken);
        var scenario = outcome.Scores.Where(s => s.Level == parameters.GapLevel).ToDictionary(s => (s.Program, s.TerritoryCode));
        var scores = current.OrderBy(s => s.Program).ThenBy(s => s.TerritoryCode).Select(s =>
        {
            var next = scenario.GetValueOrDefault((s.Program, s.TerritoryCode));
            return new ScenarioScoreDto(s.Program, s.TerritoryCode, s.Score, next?.Score ?? 0, (next?.Score ?? 0) - s.Score, s.PopulationWithoutService,
                next?.PopulationWithoutService ?? s.Population);
        }).Concat(scenario.Values.Where(s => !current.Any(c => c.Program == s.Program && c.TerritoryCode == s.TerritoryCode))
            .Select(s => new ScenarioScoreDto(s.Program, s.TerritoryCode, 0, s.Score, s.Score, s.Population, s.PopulationWithoutService))).ToList();

        var before = await db.Gaps.AsNoTracking().Where(g => g.AnalysisId == found.Id).ToListAsync(cancellationToken);
        var after = outcome.Gaps.Select(g => GapRows.From(found.Id, g)).ToList();
        var codes = before.Concat(after).Select(g => g.TerritoryCode).Distinct().ToList();
        var names = await TerritoryNames.LoadAsync(db, found.HierarchyVersion, codes, cancellationToken);
        var dto = AnalysisDto.From(found);
        var gaps = AnalysisComparison.Of(dto, before, dto with { Trigger = "scenario", GapCount = after.Count }, after, names, 0.01);
        return TypedResults.Ok(new ScenarioResultDto(dto, body.Changes!, scores, gaps));
    }
}
