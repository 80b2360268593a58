using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace ClinicalProject.Benchmarks.Gateway;

/// <summary>
/// The reference for what the gateway's own features cost: YARP alone, as a plain reverse proxy like nginx's
/// (every path to the one service, YARP's default X-Forwarded-* headers, no authentication, limits, cache or
/// telemetry, no logging), in a child process (this program with the argument <c>yarp-alone</c>), on the same
/// runtime and YARP version as the gateway.
/// </summary>
public sealed class YarpAloneProxy : IAsyncDisposable
{
    public const string Mode = "yarp-alone";

    private readonly Process _process;

    private YarpAloneProxy(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The child process: <c>yarp-alone &lt;port&gt; &lt;upstream&gt;</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 3)
        {
            throw new ArgumentException($"Usage: {Mode} <port> <upstream URL>");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{args[1]}");
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "service", Match = new RouteMatch { Path = "/{**path}" } }],
            [new ClusterConfig { ClusterId = "service", Destinations = new Dictionary<string, DestinationConfig> { ["one"] = new() { Address = args[2] } } }]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.RunAsync();
        return 0;
    }

    public static async Task<YarpAloneProxy> StartAsync(Uri upstream, int port, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = false, RedirectStandardError = false };
        foreach (var argument in new[] { typeof(YarpAloneProxy).Assembly.Location, Mode, port.ToString(System.Globalization.CultureInfo.InvariantCulture), upstream.ToString().TrimEnd('/') })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var proxy = new YarpAloneProxy(process, port);
        // Forwarded to the service's liveness probe: the proxy listens and reaches the service.
        if (await Readiness.WaitAsync(new Uri($"http://127.0.0.1:{port}/alive"), process, _ => Task.FromResult(string.Empty), 100, cancellationToken))
        {
            return proxy;
        }

        await proxy.DisposeAsync();
        throw new TimeoutException("YARP alone did not listen in time.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
