using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicalProject.GapAnalysis.Common;

/// <summary>The service's RFC 7807 answers besides validation problems.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) => ProblemResults.NotFound(detail);

    public static ProblemHttpResult Conflict(string detail) =>
        ProblemResults.Conflict(ProblemTypes.InputsNotReady, "The analysis cannot run yet.", detail);

    public static ProblemHttpResult NoAnalysis(string analysis) => NotFound(string.Equals(analysis, "latest", StringComparison.OrdinalIgnoreCase)
        ? "No analysis has been stored yet: one runs after a profile is computed, or POST /analyses."
        : $"No analysis '{analysis}' (an analysis id, or 'latest').");
}
