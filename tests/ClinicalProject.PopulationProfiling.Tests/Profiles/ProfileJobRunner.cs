using System.Net.Http.Json;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.PopulationProfiling.Profiles.Jobs;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

/// <summary>Starts a profile job over the test data and waits for its end.</summary>
public static class ProfileJobRunner
{
    public static async Task<ProfileJobDto> RunAsync(HttpClient client, params string[] indicators)
    {
        var (population, numerators) = await ProfileTestData.ImportAsync(client);
        var response = await client.PostAsJsonAsync("/profiles/jobs", ProfileTestData.JobRequest(population, numerators, indicators));
        response.EnsureSuccessStatusCode();
        return await WaitAsync(client, response.Headers.Location!);
    }

    public static async Task<ProfileJobDto> WaitAsync(HttpClient client, Uri location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var job = await (await client.GetAsync(location)).ReadAsync<ProfileJobDto>();
            if (job.State != ProfileJobState.Running || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(50);
        }
    }
}
