using ClinicalProject.DemoLoader;

// Loads the demo through the gateway (services__gateway__http__0, given by the app host) with tokens signed by the
// run's key (Auth__SigningKey), then exits: 0 when the demo is there, 1 with the reason otherwise.
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    var gateway = DemoGateway.FromEnvironment();
    await new DemoLoad(gateway, Console.Out).RunAsync(stop.Token);
    return 0;
}
catch (Exception exception) when (exception is DemoLoadException or HttpRequestException or OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"The demo could not be loaded: {exception.Message}");
    return 1;
}
