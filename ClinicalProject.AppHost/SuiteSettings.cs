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
/// </list>
/// </summary>
public sealed record SuiteSettings(InfrastructureMode Mode, string RunDirectory, int? GatewayPort, bool LoadDemo, string SigningKey)
{
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
        return new SuiteSettings(mode, runDirectory, port == 0 ? null : port, loadDemo, signingKey);
    }
}
