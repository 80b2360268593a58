using ClinicalProject.AppHost;
using ClinicalProject.AppHost.Infrastructure;

// The whole suite: RabbitMQ, one database per service, each service's deliberate migrate step, the four services
// (population profiling with two competing replicas), the gateway (the only external endpoint), the demo loader,
// and the Aspire dashboard (logs, traces, metrics; restart a resource from there).
//
// Infrastructure (configuration `Infrastructure`, e.g. `--Infrastructure local`):
// - containers (default where docker or podman is on PATH): RabbitMQ and SQL Server containers;
// - local (no container engine): Debian's rabbitmq-server as a private node in the run folder, SQLite files.
// Resource names are the configuration names the services read in both modes: ConnectionStrings__messaging,
// ConnectionStrings__profilingdb…, services__profiling__http__0…
var builder = DistributedApplication.CreateBuilder(args);
var settings = SuiteSettings.From(builder);

var infrastructure = settings.Mode == InfrastructureMode.Containers
    ? ContainerInfrastructure.Add(builder, settings)
    : LocalInfrastructure.Add(builder, settings.RunDirectory);

var profiling = builder.AddService<Projects.ClinicalProject_PopulationProfiling>("profiling", "profilingdb", infrastructure, settings)
    .WithReplicas(2); // profile partitions are competing consumers on one work queue
var inventory = builder.AddService<Projects.ClinicalProject_ResourceInventory>("inventory", "inventorydb", infrastructure, settings)
    .WithReference(profiling);
var gapAnalysis = builder.AddService<Projects.ClinicalProject_GapAnalysis>("gapanalysis", "gapanalysisdb", infrastructure, settings)
    .WithReference(profiling)
    .WithReference(inventory);
var impact = builder.AddService<Projects.ClinicalProject_ImpactFollowUp>("impact", "impactdb", infrastructure, settings)
    .WithReference(profiling)
    .WithReference(gapAnalysis);

var gateway = builder.AddProject<Projects.ClinicalProject_Gateway>("gateway")
    .WithSuiteEnvironment(settings)
    .WithReference(profiling).WaitFor(profiling)
    .WithReference(inventory).WaitFor(inventory)
    .WithReference(gapAnalysis).WaitFor(gapAnalysis)
    .WithReference(impact).WaitFor(impact)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints()
    .WithGatewayPort(settings.GatewayPort)
    .AnnounceAddress(settings);

if (settings.LoadDemo)
{
    // The demo's need and projection for gap analysis: seniors' services (program 3) sized on people 75+, and the
    // MSSS projection the demo loads, for the capacity gaps of 2031.
    gapAnalysis
        .WithEnvironment("GapAnalysis__Programs__3__NeedIndicator", "seniors-75-plus")
        .WithEnvironment("GapAnalysis__Projection", "msss-estrie")
        .WithEnvironment("GapAnalysis__ProjectedPeriod", "2031");

    // Loads the demo through the gateway once it is healthy, then exits (see tools/ClinicalProject.DemoLoader).
    builder.AddProject<Projects.ClinicalProject_DemoLoader>("demo")
        .WithSuiteEnvironment(settings)
        .WithReference(gateway).WaitFor(gateway)
        .EchoOutput();
}

builder.Build().Run();
