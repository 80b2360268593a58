using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.DemoLoader;

/// <summary>
/// The demo, step by step through the gateway. Every step is all or nothing in the service that takes it, and is
/// recognised by its content when it is already there, so a second run loads nothing twice and completes what an
/// interrupted one left.
/// </summary>
public sealed class DemoLoad(DemoGateway gateway, TextWriter progress)
{
    public const string HierarchyVersion = "2021";
    public const string DatasetVersion = "msss-estrie";
    public static readonly string[] ProfileIndicators = ["population", "seniors-75-plus"];

    private static string DemoFile(string name) => Path.Combine(AppContext.BaseDirectory, "DemoData", name);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var admin = gateway.Client(ClinicalRoles.Admin);
        using var planner = gateway.Client(ClinicalRoles.Planner);
        await LoadTerritoriesAsync(admin, cancellationToken);
        await LoadPopulationAsync(admin, cancellationToken);
        await LoadInventoryAsync(planner, cancellationToken);
        var profile = await RunProfileAsync(admin, cancellationToken);
        await ReportAsync(admin, profile, cancellationToken);
        await new DemoProximity(progress).LoadAsync(planner, cancellationToken);
        await WaitForGapAnalysisAsync(admin, cancellationToken);
        progress.WriteLine($"Demo ready in {clock.Elapsed.TotalSeconds:0} s. Gateway: {gateway.Address}");
    }

    /// <summary>The Estrie hierarchy (real codes and names to the CLSC, synthetic DAs), then waits until every service has it.</summary>
    private async Task LoadTerritoriesAsync(HttpClient admin, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/profiling/territories/hierarchies/{HierarchyVersion}")
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(DemoFile("estrie-territories.csv"), cancellationToken)),
        };
        request.Content.Headers.ContentType = new("text/csv") { CharSet = "utf-8" };
        var (status, _) = await DemoGateway.SendAsync(admin, request, cancellationToken, 200, 201);
        progress.WriteLine(status == 201 ? $"Territories {HierarchyVersion} imported." : $"Territories {HierarchyVersion} already there.");
        foreach (var service in new[] { "inventory", "gaps", "impact" })
        {
            await DemoGateway.WaitUntilAsync(async ct =>
                await DemoGateway.GetFreshAsync(admin, $"api/v1/{service}/territories/hierarchies", ct) is JsonArray versions
                && versions.Any(v => v?["version"]?.GetValue<string>() == HierarchyVersion),
                TimeSpan.FromMinutes(2), $"{service} receiving territories {HierarchyVersion}", cancellationToken);
        }
    }

    /// <summary>The MSSS estimates (2012–2021) and projections (2026–2041) of Estrie's nine RLS.</summary>
    private async Task LoadPopulationAsync(HttpClient admin, CancellationToken cancellationToken)
    {
        var tables = await MsssPopulation.ReadRlsAsync(DemoFile("msss-estrie-population.csv.gz"), cancellationToken);
        foreach (var (kind, csv) in new[] { ("population", tables.Estimates), ("projection", tables.Projections) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/profiling/datasets/{kind}/{DatasetVersion}?hierarchyVersion={HierarchyVersion}")
            {
                Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
            };
            var (status, _) = await DemoGateway.SendAsync(admin, request, cancellationToken, 200, 201);
            progress.WriteLine(status == 201 ? $"MSSS {kind} dataset {DatasetVersion} imported." : $"MSSS {kind} dataset {DatasetVersion} already there.");
        }
    }

    /// <summary>The synthetic inventory in one all-or-nothing batch import (the same content again is a no-op).</summary>
    private async Task LoadInventoryAsync(HttpClient planner, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/inventory/imports")
        {
            Content = new StringContent(await File.ReadAllTextAsync(DemoFile("estrie-inventory.json"), cancellationToken), Encoding.UTF8, "application/json"),
        };
        var (status, body) = await DemoGateway.SendAsync(planner, request, cancellationToken, 200, 201);
        var count = body?["itemCount"]?.GetValue<int>();
        progress.WriteLine(status == 201 ? $"Demo inventory imported: {count} resources." : $"Demo inventory already there ({count} resources).");
    }

    /// <summary>A first profile of the MSSS population (unless one is there or running), waited for.</summary>
    private async Task<Guid> RunProfileAsync(HttpClient admin, CancellationToken cancellationToken)
    {
        var jobs = await DemoGateway.GetFreshAsync(admin, "api/v1/profiling/profiles/jobs?pageSize=100", cancellationToken);
        var existing = jobs?["items"]?.AsArray().FirstOrDefault(j =>
            j?["populationDataset"]?.GetValue<string>() == DatasetVersion && j["state"]?.GetValue<string>() is "running" or "succeeded");
        Guid id;
        if (existing is not null)
        {
            id = existing["id"]!.GetValue<Guid>();
            progress.WriteLine($"Profile job {id} already {existing["state"]}.");
        }
        else
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/profiling/profiles/jobs")
            {
                Content = JsonContent.Create(new { populationDataset = DatasetVersion, indicators = ProfileIndicators }),
            };
            var (_, job) = await DemoGateway.SendAsync(admin, request, cancellationToken, 202);
            id = job!["id"]!.GetValue<Guid>();
            progress.WriteLine($"Profile job {id} started ({string.Join(", ", ProfileIndicators)}).");
        }

        await DemoGateway.WaitUntilAsync(async ct =>
        {
            var job = await DemoGateway.GetFreshAsync(admin, $"api/v1/profiling/profiles/jobs/{id}", ct);
            return job?["state"]?.GetValue<string>() switch
            {
                "succeeded" => true,
                "failed" => throw new DemoLoadException($"Profile job {id} failed: {job.ToJsonString()}"),
                _ => false,
            };
        }, TimeSpan.FromMinutes(3), $"Profile job {id}", cancellationToken);
        return id;
    }

    /// <summary>
    /// Gap analysis runs by itself once the profile and the inventory have been announced (debounced); waits for an
    /// analysis that read this demo's profile, and shows its first gaps.
    /// </summary>
    private async Task WaitForGapAnalysisAsync(HttpClient admin, CancellationToken cancellationToken)
    {
        JsonNode? summary = null;
        await DemoGateway.WaitUntilAsync(async ct =>
        {
            summary = await DemoGateway.GetFreshAsync(admin, "api/v1/gaps/analyses/latest", ct);
            return summary is not null;
        }, TimeSpan.FromMinutes(3), "The first gap analysis", cancellationToken);
        var gaps = await DemoGateway.GetFreshAsync(admin, "api/v1/gaps/gaps?pageSize=3", cancellationToken);
        progress.WriteLine($"Gap analysis {summary!["analysis"]?["version"]} ready: {gaps?["totalCount"]} gaps, the first by priority:");
        foreach (var gap in gaps?["items"]?.AsArray() ?? [])
        {
            progress.WriteLine($"  - {gap?["sentenceEn"]}");
        }
    }

    private async Task ReportAsync(HttpClient admin, Guid profile, CancellationToken cancellationToken)
    {
        var values = await DemoGateway.GetFreshAsync(admin, $"api/v1/profiling/profiles/{profile}/values?indicator=population&period=2021&territory=05", cancellationToken);
        var estrie = values?["items"]?.AsArray().FirstOrDefault();
        progress.WriteLine($"Profile {profile} computed: Estrie's population in 2021 is {estrie?["count"]} (MSSS estimate).");
    }
}
