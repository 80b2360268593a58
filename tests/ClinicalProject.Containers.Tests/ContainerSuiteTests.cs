using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClinicalProject.Containers.Tests;

/// <summary>
/// The suite as it runs in containers: what is exposed and how the containers are confined, the images' own
/// health checks, the one-off migrations, and the territory slice and a profile job driven through the gateway.
/// </summary>
[Collection(ContainerSuiteCollection.Name)]
public sealed class ContainerSuiteTests(ContainerSuiteFixture suite)
{
    private static readonly string[] AllPrefixes = ["profiling", "inventory", "gaps", "impact"];

    [Fact]
    public async Task Nothing_but_the_gateway_is_published_and_the_services_network_is_internal()
    {
        foreach (var container in suite.Containers)
        {
            var ports = await Podman.RunAsync(["port", container], CancellationToken.None);
            if (container == suite.Gateway)
            {
                Assert.StartsWith("8080/tcp -> 127.0.0.1:", ports, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(ports.Length == 0, $"{container} publishes {ports}");
            }
        }

        Assert.Equal("true", await Podman.RunAsync(["network", "inspect", "--format", "{{.Internal}}", suite.BackendNetwork], CancellationToken.None));
        Assert.Equal("false", await Podman.RunAsync(["network", "inspect", "--format", "{{.Internal}}", suite.FrontendNetwork], CancellationToken.None));
    }

    [Fact]
    public async Task Services_and_gateway_run_as_the_app_user_on_a_read_only_root_with_data_on_a_volume()
    {
        foreach (var container in suite.ApplicationContainers)
        {
            Assert.Equal("1654", await Podman.RunAsync(["exec", container, "id", "-u"], CancellationToken.None));
            Assert.Equal("true", await Podman.RunAsync(["inspect", "--format", "{{.HostConfig.ReadonlyRootfs}}", container], CancellationToken.None));
            var write = await Podman.TryRunAsync(["exec", container, "touch", "/app/written"], CancellationToken.None);
            Assert.NotEqual(0, write.ExitCode);
            Assert.Contains("Read-only file system", write.Error, StringComparison.Ordinal);
        }

        // The SQLite file lives on the service's volume, the one its migration wrote.
        foreach (var (service, database) in ContainerSuiteFixture.Databases)
        {
            var container = service == "profiling" ? $"{suite.Prefix}-profiling-1" : $"{suite.Prefix}-{service}";
            var files = await Podman.RunAsync(["exec", container, "ls", "/data"], CancellationToken.None);
            Assert.Contains($"{database}.db", files.Split('\n'));
        }
    }

    [Fact]
    public async Task Every_images_own_health_check_passes_and_probes_answer_inside_the_network_only()
    {
        foreach (var container in suite.Containers)
        {
            var check = await Podman.TryRunAsync(["healthcheck", "run", container], CancellationToken.None);
            Assert.True(check.ExitCode == 0, $"{container}: {check.Output} {check.Error}");
        }

        // /alive and /health are not routed by the gateway.
        using var admin = suite.Client("admin");
        foreach (var prefix in AllPrefixes)
        {
            using var health = await admin.GetAsync($"api/v1/{prefix}/health");
            Assert.Equal(HttpStatusCode.NotFound, health.StatusCode);
        }

        // The gateway's own probes answer on its published port without a token.
        using var anonymous = new HttpClient { BaseAddress = suite.GatewayAddress };
        using var alive = await anonymous.GetAsync("alive");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task A_migration_run_again_as_a_one_off_succeeds_and_leaves_no_container()
    {
        Assert.Equal(ContainerSuiteFixture.Services.Order(), suite.Migrations.Keys.Order());
        var again = await Podman.TryRunAsync(
            ["run", "--rm", "--network", suite.BackendNetwork, .. ContainerSuiteFixture.Hardening(), .. suite.ServiceEnvironment("inventory"),
             ContainerSuiteFixture.ImageOf("inventory"), "migrate"],
            CancellationToken.None);
        Assert.True(again.ExitCode == 0, again.Error);

        var left = await Podman.RunAsync(["ps", "-a", "--filter", $"name={suite.Prefix}-.*-migrate", "--format", "{{.Names}}"], CancellationToken.None);
        Assert.Equal(string.Empty, left);
    }

    [Fact]
    public async Task A_territory_hierarchy_imported_through_the_gateway_is_read_back_from_every_service()
    {
        var version = "containers-" + Guid.NewGuid().ToString("N")[..6];
        const string csv = """
            code,level,parentCode,nameFr,nameEn
            99,province,,Québec,Quebec
            05,region,99,Estrie,Estrie
            051,rts,05,RTS de l'Estrie,Estrie RTS
            0515,rls,051,RLS de Sherbrooke,Sherbrooke LSN
            0519,rls,051,RLS du Granit,Le Granit LSN
            """;
        using var analyst = suite.Client("analyst");
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var imported = await analyst.PostAsync($"api/v1/profiling/territories/hierarchies/{version}", content);
        Assert.True(imported.IsSuccessStatusCode, $"{(int)imported.StatusCode} {await imported.Content.ReadAsStringAsync()}");

        // Profiling answers at once; the three others once the announcement has crossed the broker.
        using var viewer = suite.Client("viewer");
        foreach (var prefix in AllPrefixes)
        {
            await EventuallyAsync(async () =>
            {
                using var page = await GetJsonAsync(viewer, $"api/v1/{prefix}/territories?version={version}&level=rls&pageSize=100");
                if (page is null)
                {
                    return false;
                }

                var codes = page.RootElement.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("code").GetString()!).Order().ToArray();
                return codes.SequenceEqual(["0515", "0519"]);
            }, TimeSpan.FromMinutes(1), $"hierarchy {version} in {prefix}");
        }
    }

    [Fact]
    public async Task A_profile_job_through_the_gateway_is_computed_by_the_profiling_containers()
    {
        using var analyst = suite.Client("analyst");
        using var start = await analyst.PostAsync("api/v1/profiling/profiles/jobs", new StringContent(
            """{ "populationDataset": "msss-estrie", "indicators": ["population", "seniors-75-plus"], "periods": [2020, 2021] }""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        using var job = JsonDocument.Parse(await start.Content.ReadAsStringAsync());
        var id = job.RootElement.GetProperty("id").GetGuid();

        using var viewer = suite.Client("viewer");
        await EventuallyAsync(async () =>
        {
            using var state = await GetJsonAsync(viewer, $"api/v1/profiling/profiles/jobs/{id}");
            var text = state?.RootElement.GetProperty("state").GetString();
            Assert.NotEqual("failed", text);
            return text == "succeeded";
        }, TimeSpan.FromMinutes(3), $"profile job {id}");

        // MSSS: Estrie's 2021 population estimate (shared/data/README.md), loaded by the demo loader.
        using var estrie = await GetJsonAsync(viewer, $"api/v1/profiling/profiles/{id}/values?indicator=population&period=2021&territory=05");
        Assert.NotNull(estrie);
        Assert.Equal(506_560, Assert.Single(estrie.RootElement.GetProperty("items").EnumerateArray()).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_queue_KEDA_scales_profiling_on_is_the_one_every_profiling_replica_consumes()
    {
        var manifest = await File.ReadAllTextAsync(Path.Combine(Podman.RepositoryRoot, "deploy", "kubernetes", "base", "profiling-scaledobject.yaml"));
        var queue = Regex.Match(manifest, @"queueName:\s*(\S+)").Groups[1].Value;
        Assert.NotEqual(string.Empty, queue);

        var queues = await Podman.RunAsync(["exec", suite.Prefix + "-rabbitmq", "rabbitmqctl", "-q", "list_queues", "name", "consumers"], CancellationToken.None);
        var line = queues.Split('\n').Select(l => l.Split('\t')).SingleOrDefault(columns => columns[0] == queue);
        Assert.True(line is not null, $"no queue {queue} on the broker; it has:\n{queues}");
        Assert.Equal(ContainerSuiteFixture.ProfilingReplicas, int.Parse(line[1], CultureInfo.InvariantCulture));
    }

    private static async Task<JsonDocument?> GetJsonAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()) : null;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen within {timeout.TotalSeconds:0} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
