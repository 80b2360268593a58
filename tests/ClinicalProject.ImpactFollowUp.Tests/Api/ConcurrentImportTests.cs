using System.Globalization;
using System.Net;
using System.Text;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>
/// Imports and manual entries arriving at the same time for the same new series: every request is answered (none
/// with a 5xx), and the series ends with one current value per period whose revisions follow one another.
/// </summary>
public sealed class ConcurrentImportTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    private const int Requests = 8;

    [Fact]
    public async Task An_import_that_loses_the_race_for_a_new_series_first_revision_is_applied_again_rather_than_answering_500()
    {
        var competitor = new CompetingWriter("LOST-RACE");
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(competitor)));
        var client = host.CreateClient();
        var plan = Samples.Plan("Lost race", indicators: [Samples.Indicator("LOST-RACE")], territories: ["R-2"]);
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", plan).OkAsync())["id"]!.GetValue<Guid>();
        await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", Samples.Start(Samples.Evaluation(outcomes: ["LOST-RACE"])), "\"1\"").OkAsync();

        var response = await client.PostCsvAsync("/imports/series?source=registry", "indicator,territory,period,value\nLOST-RACE,R-2,2025-01,40\nLOST-RACE,R-2,2025-02,41\n");

        Assert.True(competitor.Fired);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var current = (await client.GetJsonAsync("/series?indicator=LOST-RACE&territory=R-2"))["points"]!.AsArray();
        Assert.Equal([("2025-01", 40.0, "registry"), ("2025-02", 41.0, "registry")],
            current.Select(p => (p!["period"]!.GetValue<string>(), p["value"]!.GetValue<double>(), p["source"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Concurrent_imports_and_entries_for_a_new_indicator_all_succeed_and_keep_one_current_value_per_period()
    {
        var client = factory.CreateClient();
        var plan = Samples.Plan("Concurrent imports", indicators: [Samples.Indicator("RACE")], territories: ["R-1"]);
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", plan).OkAsync())["id"]!.GetValue<Guid>();
        await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", Samples.Start(Samples.Evaluation(outcomes: ["RACE"])), "\"1\"").OkAsync();

        // Each request writes the same three months with its own values: CSV imports and manual entries alternate.
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, Requests).Select(r => Task.Run(async () =>
        {
            start.Wait();
            var values = Enumerable.Range(1, 3).Select(m => (Period: $"2025-0{m}", Value: 100.0 + r)).ToList();
            if (r % 2 == 0)
            {
                var csv = new StringBuilder("indicator,territory,period,value\n");
                foreach (var (period, value) in values)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"RACE,R-1,{period},{value}\n");
                }

                return await client.PostCsvAsync("/imports/series?source=registry", csv.ToString());
            }

            var entries = values.Select(v => new { indicator = "RACE", territory = "R-1", period = v.Period, value = v.Value, source = "registry" }).ToArray();
            return await client.SendJsonAsync(HttpMethod.Post, "/series/values", new { entries });
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(tasks);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var current = (await client.GetJsonAsync("/series?indicator=RACE&territory=R-1"))["points"]!.AsArray();
        Assert.Equal(["2025-01", "2025-02", "2025-03"], current.Select(p => p!["period"]!.GetValue<string>()));
        var history = (await client.GetJsonAsync("/series?indicator=RACE&territory=R-1&history=true"))["points"]!.AsArray();
        foreach (var month in current)
        {
            var revisions = history.Where(p => p!["period"]!.GetValue<string>() == month!["period"]!.GetValue<string>())
                .Select(p => p!["revision"]!.GetValue<int>()).ToList();
            // Every request's value was written once, in turn: revisions 1 … k without a gap, the last one current.
            Assert.Equal(Enumerable.Range(1, revisions.Count), revisions);
            Assert.Equal(revisions.Count, month!["revision"]!.GetValue<int>());
        }

        var indicator = (await client.GetJsonAsync("/scorecard")).AsArray().Single(p => p!["id"]!.GetValue<Guid>() == id)!["indicators"]!.AsArray();
        Assert.Equal("RACE", indicator.Single()!["code"]!.GetValue<string>());
    }
}
