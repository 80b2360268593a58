using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicalProject.AppHost.Infrastructure;

/// <summary>
/// With Docker or Podman: RabbitMQ (with its management UI) and SQL Server containers, pinned tags, data volumes,
/// one database per service.
/// </summary>
public static class ContainerInfrastructure
{
    // The management image of RabbitMQ 4.3 (WithManagementPlugin rewrites the tag; this later call pins it).
    public const string RabbitMqTag = "4.3-management";
    public const string SqlServerImage = "mssql/server";
    public const string SqlServerTag = "2022-CU16-ubuntu-22.04";

    public static SuiteInfrastructure Add(IDistributedApplicationBuilder builder, SuiteSettings settings)
    {
        var messaging = builder.AddRabbitMQ("messaging")
            .WithManagementPlugin()
            .WithImageTag(RabbitMqTag)
            .WithDataVolume()
            .WithLifetime(ContainerLifetime.Persistent);
        if (settings.RabbitMqImage is { } image)
        {
            UseImage(messaging, image);
        }

        if (!settings.ContainerSqlServer)
        {
            // SQL Server's image cannot be had on every machine (none on the build machines): SQLite as in local mode.
            return new SuiteInfrastructure(messaging, LocalInfrastructure.SqliteIn(settings.RunDirectory));
        }

        var sql = AddSqlServer(builder, "sql");
        return new SuiteInfrastructure(messaging, (service, database) =>
        {
            if (!sql.Databases.TryGetValue(database.ConnectionName, out var connection))
            {
                connection = builder.AddConnectionString(database.ConnectionName, sql.ConnectionStringFor(database.ConnectionName));
                sql.Databases[database.ConnectionName] = connection;
            }

            service.WithReference(connection).WaitFor(sql.Server);
        });
    }

    /// <summary>Replaces a container's image with <c>[registry/]image[:tag]</c> (the tag defaults to <c>latest</c>).</summary>
    public static void UseImage<T>(IResourceBuilder<T> container, string reference)
        where T : ContainerResource
    {
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        var registry = slash > 0 && (reference[..slash].Contains('.', StringComparison.Ordinal) || reference[..slash].Contains(':', StringComparison.Ordinal) || reference[..slash] == "localhost")
            ? reference[..slash]
            : null;
        var rest = registry is null ? reference : reference[(slash + 1)..];
        var colon = rest.LastIndexOf(':');
        var (image, tag) = colon > 0 ? (rest[..colon], rest[(colon + 1)..]) : (rest, "latest");
        container.WithImage(image, tag);
        if (registry is not null)
        {
            container.WithImageRegistry(registry);
        }
    }

    /// <summary>
    /// SQL Server as <c>Aspire.Hosting.SqlServer</c>'s <c>AddSqlServer</c> models it, written with Aspire's core
    /// container and connection-string APIs because that package is not on the package feed the build machines use:
    /// the image from mcr.microsoft.com at a pinned tag, the EULA accepted, the sa password a generated secret
    /// parameter (kept in user secrets, so the data volume stays usable), a TCP endpoint on 1433, a data volume at
    /// /var/opt/mssql, a health check that logs in, and one connection string per database. The databases themselves
    /// are created by each service's migrate step (EF creates a missing database before migrating it).
    /// </summary>
    public static SqlServerContainer AddSqlServer(IDistributedApplicationBuilder builder, string name)
    {
        var password = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(
            builder, $"{name}-password", minLower: 1, minUpper: 1, minNumeric: 1);
        var server = builder.AddContainer(name, SqlServerImage, SqlServerTag)
            .WithImageRegistry("mcr.microsoft.com")
            .WithEndpoint(targetPort: 1433, name: "tcp", scheme: "tcp")
            .WithEnvironment("ACCEPT_EULA", "Y")
            .WithEnvironment("MSSQL_SA_PASSWORD", password)
            .WithVolume($"clinicalproject-{name}-data", "/var/opt/mssql")
            .WithLifetime(ContainerLifetime.Persistent);
        var endpoint = server.GetEndpoint("tcp");
        var container = new SqlServerContainer(server, endpoint, password);

        var check = $"{name}-login";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            check, _ => new SqlServerLoginHealthCheck(container.ConnectionStringFor("master")), failureStatus: null, tags: null));
        server.WithHealthCheck(check);
        return container;
    }
}

/// <summary>The SQL Server container and the connection strings of its databases.</summary>
public sealed class SqlServerContainer(IResourceBuilder<ContainerResource> server, EndpointReference endpoint, ParameterResource password)
{
    public IResourceBuilder<ContainerResource> Server { get; } = server;

    public Dictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases { get; } = new(StringComparer.Ordinal);

    /// <summary>The connection string <c>AddSqlServer(...).AddDatabase(database)</c> would give.</summary>
    public ReferenceExpression ConnectionStringFor(string database) => ReferenceExpression.Create(
        $"Server={endpoint.Property(EndpointProperty.Host)},{endpoint.Property(EndpointProperty.Port)};User ID=sa;Password={password};TrustServerCertificate=true;Database={database}");
}
