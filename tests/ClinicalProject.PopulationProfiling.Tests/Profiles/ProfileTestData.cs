using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

/// <summary>
/// The Sherbrooke test hierarchy (two DAs) with 1,000 people and 30 emergency visits in 2021: small enough to
/// work every figure by hand (see TestData/profile_job_expected.py for the intervals).
/// </summary>
public static class ProfileTestData
{
    /// <summary>DA 1: 400 women and 50 men aged 45–49, 50 women aged 75–79; DA 2: 300 women and 200 men aged 45–49.</summary>
    public const string Population = """
        territory,period,ageBand,sex,count
        T-DA-1,2021,45-49,F,400
        T-DA-1,2021,45-49,M,50
        T-DA-1,2021,75-79,F,50
        T-DA-2,2021,45-49,F,300
        T-DA-2,2021,45-49,M,200
        """;

    /// <summary>3 visits in DA 1 (below the threshold of 5), 27 in DA 2.</summary>
    public const string ErVisits = """
        territory,period,ageBand,sex,indicator,count
        T-DA-1,2021,45-49,F,er-visits,3
        T-DA-2,2021,45-49,M,er-visits,27
        """;

    /// <summary>Imports the hierarchy and both datasets; returns the population and numerator versions.</summary>
    public static async Task<(string Population, string Numerators)> ImportAsync(HttpClient client)
    {
        var hierarchy = await client.ImportSherbrookeAsync();
        var population = HttpHelpers.NewVersion("pop");
        var numerators = HttpHelpers.NewVersion("num");
        (await client.PostDatasetAsync("population", population, hierarchy, Population)).EnsureSuccessStatusCode();
        (await client.PostDatasetAsync("numerators", numerators, hierarchy, ErVisits)).EnsureSuccessStatusCode();
        return (population, numerators);
    }

    public static object JobRequest(string population, string numerators, params string[] indicators) => new
    {
        populationDataset = population,
        numeratorDatasets = new[] { new { kind = "numerators", version = numerators } },
        indicators,
    };
}
