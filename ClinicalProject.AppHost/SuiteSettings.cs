using System.Globalization;
using ClinicalProject.AppHost.Infrastructure;

namespace ClinicalProject.AppHost;

/// <summary>
/// The app host's own settings, from its configuration (command-line <c>--Name value</c>, environment, appsettings):
/// <list type="bullet">
/// <item><c>Infrastructure</c>: <c>containers</c> or <c>local</c> (default: containers where docker or podman is on PATH).</item>
/// <item><c>RunDirectory</c>: the run's folder (SQLite files, the local broker node, the signing key); default <c>.local/</c> beside the solution.</item>
/// <item><c>GatewayPort</c>: the gateway's port on this machine (default 5080; 0 for any free port).</item>
/// <item><c>Demo</c>: load the demo data through the gateway (default true).</item>
/// <item><c>Auth:SigningKey</c>: the key every service signs and checks tokens with; default: the run folder's <c>signing-key</c>, created once.</item>
/// <item><c>RabbitMqImage</c> (containers mode): another RabbitMQ image, e.g. <c>localhost/clinicalproject-rabbitmq:local</c>
/// built by scripts/containers.sh where no registry can be reached; default: the official image at the pinned tag.</item>
/// <item><c>Databases</c> (containers mode): <c>sqlserver</c> (default: a SQL Server container) or <c>sqlite</c> (SQLite files
/// in the run folder, as in local mode: for machines where SQL Server's image cannot be had).</item>
/// </list>
/// </summary>
public sealed record SuiteSettings(InfrastructureMode Mode, string RunDirectory, int? GatewayPort, bool LoadDemo, string SigningKey)
{
    /// <summary>The RabbitMQ image of the containers mode (<c>[registry/]image:tag</c>); null: the official one.</summary>
    public string? RabbitMqImage { get; init; }

    /// <summary>Whether the containers mode runs SQL Server in a container (else SQLite files in the run folder).</summary>
    public bool ContainerSqlServer { get; init; } = true;

    public static SuiteSettings From(IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var mode = InfrastructureModes.Parse(configuration["Infrastructure"]);
        var runDirectory = Path.GetFullPath(
            configuration["RunDirectory"] is { Length: > 0 } configured ? configured : Path.Combine("..", ".local"),
            builder.AppHostDirectory);
        Directory.CreateDirectory(runDirectory);
        var port = configuration["GatewayPort"] is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : 5080;
        var loadDemo = !bool.TryParse(configuration["Demo"], out var demo) || demo;
        var signingKey = configuration["Auth:SigningKey"] is { Length: > 0 } key ? key : SigningKeyFile.LoadOrCreate(runDirectory);
        var databases = configuration["Databases"]?.Trim().ToLowerInvariant();
        if (databases is not (null or "" or "sqlserver" or "sqlite"))
        {
            throw new InvalidOperationException($"Databases is '{configuration["Databases"]}'; expected 'sqlserver' or 'sqlite'.");
        }

        return new SuiteSettings(mode, runDirectory, port == 0 ? null : port, loadDemo, signingKey)
        {
            RabbitMqImage = configuration["RabbitMqImage"] is { Length: > 0 } image ? image : null,
            ContainerSqlServer = databases != "sqlite",
        };
    }
}
