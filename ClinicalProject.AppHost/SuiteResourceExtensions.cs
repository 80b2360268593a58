using ClinicalProject.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicalProject.AppHost;

/// <summary>How every resource of the suite is wired, so AppHost.cs reads as the list of what runs.</summary>
public static class SuiteResourceExtensions
{
    /// <summary>
    /// A service and its deliberate migrate step (<c>&lt;name&gt;-migrate</c>: the service's own build run with the
    /// <c>migrate</c> argument, which brings the schema up to date and exits); the service starts when the broker is
    /// healthy and the migrate step has exited successfully, and is healthy when its <c>/health</c> answers.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, string databaseName, SuiteInfrastructure infrastructure, SuiteSettings settings)
        where TProject : IProjectMetadata, new()
    {
        var database = new ServiceDatabase(databaseName, name);
        var service = builder.AddProject<TProject>(name)
            .WithSuiteEnvironment(settings)
            .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging)
            .WithHttpHealthCheck("/health");
        infrastructure.UseDatabase(service, database);

        var migrate = builder.AddProject<TProject>($"{name}-migrate", launchProfileName: null)
            .WithArgs("migrate")
            .WithSuiteEnvironment(settings)
            .WithReference(infrastructure.Messaging)
            .WithParentRelationship(service);
        infrastructure.UseDatabase(migrate, database);

        return service.WaitForCompletion(migrate);
    }

    /// <summary>
    /// What every project of the suite shares: the Production environment (schemas migrate only in the deliberate
    /// step, as in production) and the run's token signing key.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSuiteEnvironment(this IResourceBuilder<ProjectResource> project, SuiteSettings settings) =>
        project
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Production")
            .WithEnvironment("DOTNET_ENVIRONMENT", "Production")
            .WithEnvironment("Auth__SigningKey", settings.SigningKey);

    /// <summary>Binds the gateway to a known port on this machine (or leaves the launch profile's / a random one).</summary>
    public static IResourceBuilder<ProjectResource> WithGatewayPort(this IResourceBuilder<ProjectResource> gateway, int? port) =>
        port is { } fixedPort ? gateway.WithEndpoint("http", endpoint => endpoint.Port = fixedPort) : gateway;

    /// <summary>Logs the gateway's address and how to get a token once the gateway is healthy.</summary>
    public static IResourceBuilder<ProjectResource> AnnounceAddress(this IResourceBuilder<ProjectResource> gateway, SuiteSettings settings)
    {
        gateway.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (ready, _) =>
        {
            var logger = ready.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ClinicalProject");
            var address = gateway.GetEndpoint("http").Url;
            logger.LogInformation(
                "ClinicalProject gateway: {Address}/ (API reference {Address}/scalar/). Tokens: scripts/token.sh --role viewer (signed with {KeyFile}).",
                address, address, Path.Combine(settings.RunDirectory, SigningKeyFile.FileName));
            return Task.CompletedTask;
        });
        return gateway;
    }

    /// <summary>
    /// Repeats a resource's output on the app host's console (the dashboard shows it too), so whoever ran the run
    /// command sees the demo load without opening the dashboard.
    /// </summary>
    public static IResourceBuilder<ProjectResource> EchoOutput(this IResourceBuilder<ProjectResource> project)
    {
        project.ApplicationBuilder.Eventing.Subscribe<BeforeResourceStartedEvent>(project.Resource, (started, cancellationToken) =>
        {
            var logs = started.Services.GetRequiredService<ResourceLoggerService>();
            var logger = started.Services.GetRequiredService<ILoggerFactory>().CreateLogger(project.Resource.Name);
            var stopping = started.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            _ = Task.Run(async () =>
            {
                try
                {
                    await foreach (var batch in logs.WatchAsync(project.Resource).WithCancellation(stopping))
                    {
                        foreach (var line in batch)
                        {
                            logger.Log(line.IsErrorMessage ? LogLevel.Error : LogLevel.Information, "{Line}", line.Content);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                    // The app host is stopping.
                }
            }, stopping);
            return Task.CompletedTask;
        });
        return project;
    }
}
