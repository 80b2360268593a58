using System.Net.Http.Headers;
using System.Security.Cryptography;
using ClinicalProject.ServiceDefaults.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClinicalProject.EndToEnd.Tests;

/// <summary>
/// The app host as the README's run command starts it (local infrastructure, the demo loaded), in a run folder
/// of its own, started once for every end-to-end test: waits until every resource is healthy and the demo loader
/// has exited successfully.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["profiling", "inventory", "gapanalysis", "impact"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private readonly string _runDirectory = Directory.CreateTempSubdirectory("clinicalproject-e2e-").FullName;
    private DistributedApplication? _app;

    /// <summary>The key every process of this suite checks tokens with.</summary>
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The suite is not started.");

    /// <summary>An admin client of the gateway.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>What the demo loader printed (as far as the resource logger had it), for the message when it fails.</summary>
    public string DemoOutput { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ClinicalProject_AppHost>(
        [
            "--Infrastructure", "local",
            "--RunDirectory", _runDirectory,
            "--GatewayPort", "0",
            "--Auth:SigningKey", SigningKey,
        ]);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        _app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        var demoOutput = CollectOutput("demo", timeout.Token);
        await _app.StartAsync(timeout.Token);

        var notifications = _app.Services.GetRequiredService<ResourceNotificationService>();
        foreach (var resource in Services.Append("messaging").Append("gateway"))
        {
            await notifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }

        var demo = await notifications.WaitForResourceAsync("demo", e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);
        DemoOutput = await demoOutput.UntilQuietAsync();
        if (demo.Snapshot.ExitCode != 0)
        {
            throw new InvalidOperationException($"The demo loader exited with {demo.Snapshot.ExitCode}:\n{DemoOutput}");
        }

        Gateway = Client(ClinicalRoles.Admin);
    }

    /// <summary>A client of the gateway sending <paramref name="role"/>'s token (none when null).</summary>
    public HttpClient Client(string? role)
    {
        var client = App.CreateHttpClient("gateway");
        client.Timeout = TimeSpan.FromSeconds(60);
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(role));
        }

        return client;
    }

    public string TokenFor(string role, string subject = "e2e") => DevelopmentTokens.Create(subject, [role], signingKey: SigningKey);

    /// <summary>A service's own address (its internal port, not the gateway).</summary>
    public Uri AddressOf(string service) => App.GetEndpoint(service, "http");

    /// <summary>Follows a resource's output from before the suite starts (see <see cref="ResourceOutput"/>).</summary>
    private ResourceOutput CollectOutput(string resource, CancellationToken cancellationToken)
    {
        var model = App.Services.GetRequiredService<DistributedApplicationModel>();
        return new ResourceOutput(App.Services.GetRequiredService<ResourceLoggerService>(), model.Resources.Single(r => r.Name == resource), cancellationToken);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_runDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the system.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "suite";
}
