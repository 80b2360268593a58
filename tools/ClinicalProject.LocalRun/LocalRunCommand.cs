using System.Net.Sockets;
using ClinicalProject.LocalRun.Broker;
using ClinicalProject.LocalRun.Suite;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.LocalRun;

/// <summary>
/// <c>run [--gateway-port N] [--first-service-port N] [--configuration C] [--work-dir DIR] [--no-demo]</c>:
/// a broker (the one at RABBITMQ_URL, one already on localhost:5672, or a private node it starts), the four
/// services and the gateway, the demo territories; then waits for Ctrl-C and stops what it started.
/// </summary>
public static class LocalRunCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var repositoryRoot = SuiteOptions.FindRepositoryRoot(AppContext.BaseDirectory);
        var gatewayPort = 5080;
        var firstServicePort = 5101;
        var configuration = "Release";
        var workDirectory = Path.Combine(repositoryRoot, ".local");
        var loadDemo = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--gateway-port": gatewayPort = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--first-service-port": firstServicePort = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--configuration": configuration = args[++i]; break;
                case "--work-dir": workDirectory = Path.GetFullPath(args[++i]); break;
                case "--no-demo": loadDemo = false; break;
                default:
                    await Console.Error.WriteLineAsync(
                        $"Unknown argument '{args[i]}'. Usage: run [--gateway-port N] [--first-service-port N] [--configuration Debug|Release] [--work-dir DIR] [--no-demo]");
                    return 2;
            }
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });

        BrokerLease? broker = null;
        LocalSuite? suite = null;
        try
        {
            var brokerUri = await ResolveBrokerAsync(workDirectory, stop.Token, lease => broker = lease);
            Console.WriteLine($"Broker: {Redact(brokerUri)}");
            var signingKey = await LocalSigningKey.LoadOrCreateAsync(workDirectory, stop.Token);
            suite = await LocalSuite.StartAsync(new SuiteOptions
            {
                RepositoryRoot = repositoryRoot,
                Configuration = configuration,
                BrokerUri = brokerUri,
                WorkDirectory = workDirectory,
                GatewayPort = gatewayPort,
                FirstServicePort = firstServicePort,
                SigningKey = signingKey,
                Environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            }, Console.Out, stop.Token);

            if (loadDemo)
            {
                var adminToken = suite.TokenFor(ClinicalRoles.Admin);
                await DemoData.LoadTerritoriesAsync(suite.GatewayAddress, adminToken, repositoryRoot, Console.Out, stop.Token);
                await DemoData.LoadInventoryAsync(
                    suite.GatewayAddress, suite.TokenFor(DemoInventory.Author, ClinicalRoles.Planner), repositoryRoot, Console.Out, stop.Token);
            }

            Console.WriteLine();
            Console.WriteLine($"ClinicalProject is running. Gateway: {suite.GatewayAddress}");
            Console.WriteLine($"Tokens are signed with the key in {LocalSigningKey.PathIn(workDirectory)}; mint one with scripts/token.sh --role viewer");
            Console.WriteLine($"  try: curl -H \"Authorization: Bearer $(scripts/token.sh)\" '{suite.GatewayAddress}api/v1/inventory/territories?level=rls'");
            Console.WriteLine($"Logs and SQLite files: {workDirectory}. Press Ctrl-C to stop.");
            await Task.Delay(Timeout.Infinite, stop.Token);
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or FileNotFoundException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
        finally
        {
            Console.WriteLine("Stopping…");
            if (suite is not null)
            {
                await suite.DisposeAsync();
            }

            if (broker is not null)
            {
                await broker.DisposeAsync();
            }
        }
    }

    /// <summary>RABBITMQ_URL, else a broker already listening on localhost:5672, else a private node.</summary>
    private static async Task<string> ResolveBrokerAsync(string workDirectory, CancellationToken cancellationToken, Action<BrokerLease> started)
    {
        var configured = Environment.GetEnvironmentVariable("RABBITMQ_URL");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (await IsListeningAsync(5672, cancellationToken))
        {
            return "amqp://guest:guest@127.0.0.1:5672/";
        }

        Console.WriteLine("No broker on localhost:5672: starting a private RabbitMQ node…");
        var lease = await RabbitMqBroker.AcquireAsync(cancellationToken);
        started(lease);
        return lease.AmqpUri;
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Redact(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.UserInfo.Contains(':', StringComparison.Ordinal)
            ? uri.Replace(parsed.UserInfo, parsed.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : uri;
}
