using ClinicalProject.GapAnalysis.Runs;
using ClinicalProject.GapAnalysis.Scenarios;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>Stored analyses (handlers: <see cref="AnalysisHandlers"/>), a run on demand (<see cref="RunHandlers"/>) and what-if scenarios (<see cref="ScenarioHandlers"/>). Reads need a viewer; runs and scenarios a planner.</summary>
public static class AnalysesApi
{
    public static RouteGroupBuilder MapAnalysesApi(this IEndpointRouteBuilder app)
    {
        var analyses = app.MapGroup("/analyses").WithTags("Analyses").RequireViewer();
        analyses.MapGet("", AnalysisHandlers.List).WithSummary("Stored analyses, newest first: what each read (ids and versions) and how many gaps it found.");
        analyses.MapPost("", RunHandlers.Run).RequirePlanner()
            .WithSummary("Runs an analysis now on the current inputs (events run one by themselves, debounced); 409 when inputs are not ready.");
        analyses.MapGet("/{analysis}", AnalysisHandlers.Get)
            .WithSummary("An analysis's summary (id or 'latest'): input versions, parameters, figures per program, gaps by type and program, top ten gaps.");
        analyses.MapGet("/{analysis}/compare", AnalysisHandlers.Compare)
            .WithSummary("Gaps opened, closed and changed from this analysis to another ('with': an id or 'latest'; 'tolerance': relative change, default 0.01).");
        analyses.MapPost("/{analysis}/scenarios", ScenarioHandlers.Run).RequirePlanner()
            .Accepts<ScenarioRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("What-if: the analysis recomputed from its own inputs with proposed changes (add-capacity, open-site, close-site, add-corridor); nothing stored.");
        return analyses;
    }
}
