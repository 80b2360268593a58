using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.GapAnalysis.Inputs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicalProject.GapAnalysis.Runs;

/// <summary><c>POST /analyses</c>: a planner runs an analysis now on the current inputs (the events do it by themselves, debounced).</summary>
public static class RunHandlers
{
    public static async Task<Results<Created<AnalysisDto>, ProblemHttpResult>> Run(
        AnalysisRunner runner, AnalysisTrigger trigger, GapAnalysisDbContext db, CancellationToken cancellationToken)
    {
        await trigger.RunGate.WaitAsync(cancellationToken);
        RunResult result;
        try
        {
            result = await runner.RunAsync("request", cancellationToken);
        }
        catch (InputRefusedException refused)
        {
            return Problems.Conflict(refused.Message);
        }
        catch (HttpRequestException unreachable)
        {
            return Problems.Conflict($"An input service could not be read: {unreachable.Message}");
        }
        catch (System.Text.Json.JsonException unreadable)
        {
            return Problems.Conflict($"An input service answered something unreadable: {unreadable.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Problems.Conflict("An input service did not answer in time.");
        }
        finally
        {
            trigger.RunGate.Release();
        }

        if (result.AnalysisId is not { } id)
        {
            return Problems.Conflict(result.Reason!);
        }

        var analysis = await AnalysisReference.ResolveAsync(db, id.ToString(), cancellationToken);
        return TypedResults.Created($"/analyses/{id}", AnalysisDto.From(analysis!));
    }
}
