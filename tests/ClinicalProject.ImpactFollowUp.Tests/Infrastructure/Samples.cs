namespace ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

/// <summary>Plan bodies as a client writes them (anonymous objects: the wire format, not the service's types).</summary>
public static class Samples
{
    public static object Indicator(string code, double baseline = 100, double target = 80, string direction = "lower-is-better", string[]? comparison = null,
        string baselinePeriod = "2024-12", string targetDate = "2026-12-31") => new
    {
        code,
        label = $"Indicator {code}",
        baseline = new { value = baseline, period = baselinePeriod },
        target = new { value = target, date = targetDate },
        direction,
        aggregation = "sum",
        comparisonTerritories = comparison ?? ["C-1"],
    };

    public static object Plan(string title = "Proximity team", string? reference = null, object[]? indicators = null, string startDate = "2025-01-01",
        string[]? territories = null, object[]? gaps = null) => new
    {
        reference,
        title,
        description = "Neighbourhood intervention team",
        program = 2,
        gaps = gaps ?? [],
        territories = territories ?? ["T-1", "T-2"],
        coManagement = new { clinicalAdministrativeManager = "Chef CA", medicalManager = "Dre Médicale", owner = "Owner" },
        clinicalModel = "intervention de proximité",
        startDate,
        endDate = "2026-12-31",
        evidence = new[] { new { title = "Minutes", url = "https://example.org/minutes" } },
        indicators = indicators ?? [Indicator("ER")],
    };

    public static object Evaluation(string design = "interrupted-time-series", string[]? outcomes = null, string interventionDate = "2025-01-01",
        double size = -10, string? reason = null) => new
    {
        design,
        outcomes = outcomes ?? ["ER"],
        interventionDate,
        expectedEffect = new { measure = "level-change", size, description = "fewer ER visits" },
        reason,
    };

    public static object Start(object? evaluation) => new { status = "in-progress", reason = "team hired", evaluation };

    public static object Gap(string gapId, string analysisVersion) => new { gapId, analysisVersion };
}
