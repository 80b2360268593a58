using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>
/// The app host's model in both infrastructure modes, checked without starting anything: every service gets the
/// broker, its own database and the addresses of the services it calls, under the configuration names the
/// services read; migrate steps run before their service; profiling has two replicas; only the gateway is external.
/// </summary>
public sealed class AppHostModelTests : IDisposable
{
    private static readonly Dictionary<string, string> Databases = new()
    {
        ["profiling"] = "profilingdb",
        ["inventory"] = "inventorydb",
        ["gapanalysis"] = "gapanalysisdb",
        ["impact"] = "impactdb",
    };

    /// <summary>Whom each project calls (services__&lt;name&gt;__http__0).</summary>
    private static readonly Dictionary<string, string[]> Calls = new()
    {
        ["profiling"] = [],
        ["inventory"] = ["profiling"],
        ["gapanalysis"] = ["profiling", "inventory"],
        ["impact"] = ["profiling", "gapanalysis"],
        ["gateway"] = ["profiling", "inventory", "gapanalysis", "impact"],
        ["demo"] = ["gateway"],
    };

    private readonly string _runDirectory = Directory.CreateTempSubdirectory("clinicalproject-model-").FullName;

    [Theory]
    [InlineData("local")]
    [InlineData("containers")]
    public async Task Every_service_gets_its_broker_database_and_the_addresses_it_calls(string mode)
    {
        await using var app = await BuildAsync(mode);
        var projects = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>().ToDictionary(p => p.Name);

        foreach (var (service, database) in Databases)
        {
            foreach (var name in new[] { service, $"{service}-migrate" })
            {
                var environment = await EnvironmentOf(projects[name]);
                Assert.True(environment.ContainsKey("ConnectionStrings__messaging"), $"{name} has no ConnectionStrings__messaging");
                Assert.False(string.IsNullOrWhiteSpace(environment["Auth__SigningKey"]));
                if (mode == "local")
                {
                    Assert.Equal("Sqlite", environment["Database__Provider"]);
                    Assert.Equal(Path.Combine(_runDirectory, "data", service), environment["Database__DataDirectory"]);
                    Assert.False(environment.ContainsKey($"ConnectionStrings__{database}"));
                }
                else
                {
                    Assert.True(environment.ContainsKey($"ConnectionStrings__{database}"), $"{name} has no ConnectionStrings__{database}");
                    Assert.Equal(Databases.Count - 1, Databases.Values.Count(other => other != database && !environment.ContainsKey($"ConnectionStrings__{other}")));
                }
            }
        }

        foreach (var (name, callees) in Calls)
        {
            var environment = await EnvironmentOf(projects[name]);
            var discovered = environment.Keys.Where(k => k.StartsWith("services__", StringComparison.Ordinal) && k.EndsWith("__http__0", StringComparison.Ordinal))
                .Select(k => k["services__".Length..^"__http__0".Length]).Order().ToArray();
            Assert.Equal(callees.Order().ToArray(), discovered);
        }
    }

    [Fact]
    public async Task Migrations_run_first_profiling_has_two_replicas_and_only_the_gateway_is_external()
    {
        await using var app = await BuildAsync("local");
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var projects = model.Resources.OfType<ProjectResource>().ToDictionary(p => p.Name);

        foreach (var service in Databases.Keys)
        {
            var migrate = projects[$"{service}-migrate"];
            Assert.True(migrate.TryGetAnnotationsOfType<CommandLineArgsCallbackAnnotation>(out _));
            var waits = projects[service].Annotations.OfType<WaitAnnotation>().ToList();
            Assert.Contains(waits, w => w.Resource == migrate && w.WaitType == WaitType.WaitForCompletion);
            Assert.Contains(waits, w => w.Resource.Name == "messaging");
        }

        Assert.Equal(2, projects["profiling"].Annotations.OfType<ReplicaAnnotation>().Single().Replicas);
        var external = model.Resources.OfType<IResourceWithEndpoints>()
            .Where(r => r.Annotations.OfType<EndpointAnnotation>().Any(e => e.IsExternal))
            .Select(r => r.Name).ToList();
        Assert.Equal(["gateway"], external);
        Assert.IsAssignableFrom<ExecutableResource>(model.Resources.Single(r => r.Name == "messaging"));
        Assert.Contains(projects["demo"].Annotations.OfType<WaitAnnotation>(), w => w.Resource.Name == "gateway");
    }

    [Fact]
    public async Task The_containers_mode_can_take_a_local_RabbitMQ_image_and_SQLite_where_SQL_Servers_image_cannot_be_had()
    {
        await using var app = await BuildAsync("containers", "--RabbitMqImage", "localhost/clinicalproject-rabbitmq:local", "--Databases", "sqlite");
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();

        var image = model.Resources.OfType<ContainerResource>().Single(r => r.Name == "messaging").Annotations.OfType<ContainerImageAnnotation>().Single();
        Assert.Equal(("localhost", "clinicalproject-rabbitmq", "local"), (image.Registry, image.Image, image.Tag));
        Assert.DoesNotContain(model.Resources, r => r.Name == "sql");
        var projects = model.Resources.OfType<ProjectResource>().ToDictionary(p => p.Name);
        foreach (var service in Databases.Keys)
        {
            var environment = await EnvironmentOf(projects[$"{service}-migrate"]);
            Assert.Equal("Sqlite", environment["Database__Provider"]);
            Assert.Equal(Path.Combine(_runDirectory, "data", service), environment["Database__DataDirectory"]);
        }
    }

    public void Dispose() => Directory.Delete(_runDirectory, recursive: true);

    private async Task<DistributedApplication> BuildAsync(string mode, params string[] settings)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ClinicalProject_AppHost>(
            ["--Infrastructure", mode, "--RunDirectory", _runDirectory, "--Auth:SigningKey", "model-test-signing-key-of-forty-eight-characters-x", .. settings]);
        return await builder.BuildAsync();
    }

    /// <summary>
    /// A project's environment as the publish step evaluates it (references as expressions, nothing allocated or
    /// started). Aspire 13.6 marks this helper obsolete in favour of its ExecutionConfigurationBuilder pipeline, which
    /// needs a running application's services; the helper still evaluates every environment callback of the model.
    /// </summary>
    private static async Task<Dictionary<string, string>> EnvironmentOf(ProjectResource project)
    {
#pragma warning disable CS0618
        return new(await project.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish));
#pragma warning restore CS0618
    }
}
