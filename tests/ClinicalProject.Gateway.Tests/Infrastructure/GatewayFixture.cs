namespace ClinicalProject.Gateway.Tests.Infrastructure;

/// <summary>One gateway and stand-in service shared by the tests of a class that do not change configuration.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public GatewayHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
