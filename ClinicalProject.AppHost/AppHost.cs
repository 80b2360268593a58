// The whole suite in containers for development: RabbitMQ, SQL Server with one database per service, the
// four services and the gateway, with the Aspire dashboard. Resource names are the configuration names the
// services read (ConnectionStrings__messaging, ConnectionStrings__profilingdb, services__profiling__http__0…).
var builder = DistributedApplication.CreateBuilder(args);

// Pinned tags: WithManagementPlugin appends "-management", so the image is rabbitmq:4.2-management.
var messaging = builder.AddRabbitMQ("messaging")
    .WithImageTag("4.2")
    .WithManagementPlugin()
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);

var sql = builder.AddSqlServer("sql")
    .WithImageTag("2022-CU16-ubuntu-22.04")
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);

var profilingDb = sql.AddDatabase("profilingdb");
var inventoryDb = sql.AddDatabase("inventorydb");
var gapAnalysisDb = sql.AddDatabase("gapanalysisdb");
var impactDb = sql.AddDatabase("impactdb");

// Profiling work is split into partitions on a work queue; its replicas compete for them.
var profiling = builder.AddProject<Projects.ClinicalProject_PopulationProfiling>("profiling")
    .WithReference(profilingDb).WaitFor(profilingDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReplicas(2)
    .WithHttpHealthCheck("/health");

var inventory = builder.AddProject<Projects.ClinicalProject_ResourceInventory>("inventory")
    .WithReference(inventoryDb).WaitFor(inventoryDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(profiling)
    .WithHttpHealthCheck("/health");

var gapAnalysis = builder.AddProject<Projects.ClinicalProject_GapAnalysis>("gapanalysis")
    .WithReference(gapAnalysisDb).WaitFor(gapAnalysisDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(profiling)
    .WithReference(inventory)
    .WithHttpHealthCheck("/health");

var impact = builder.AddProject<Projects.ClinicalProject_ImpactFollowUp>("impact")
    .WithReference(impactDb).WaitFor(impactDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(profiling)
    .WithReference(gapAnalysis)
    .WithHttpHealthCheck("/health");

// The only external endpoint.
builder.AddProject<Projects.ClinicalProject_Gateway>("gateway")
    .WithReference(profiling).WaitFor(profiling)
    .WithReference(inventory).WaitFor(inventory)
    .WithReference(gapAnalysis).WaitFor(gapAnalysis)
    .WithReference(impact).WaitFor(impact)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
