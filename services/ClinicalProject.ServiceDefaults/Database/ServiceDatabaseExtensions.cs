using ClinicalProject.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicalProject.ServiceDefaults.Database;

/// <summary>
/// One database per service. <c>ConnectionStrings:&lt;name&gt;</c> and <c>Database:Provider</c> choose it:
/// SQL Server when a connection string is given (or the provider says so), otherwise a SQLite file under
/// <c>Database:DataDirectory</c> (default: <c>data/</c> under the content root).
/// </summary>
public static class ServiceDatabaseExtensions
{
    public const string ReadyTag = "ready";

    public static TBuilder AddServiceDatabase<TBuilder, TContext>(this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        var settings = ResolveSettings(builder.Configuration, builder.Environment.ContentRootPath, connectionName);
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<TContext>((services, options) =>
        {
            settings.Configure(options);
            // Interceptors registered by shared libraries (the messaging outbox's wake-up signal, for one).
            options.AddInterceptors(services.GetServices<IInterceptor>());
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>($"{connectionName}-database", tags: [ReadyTag]);
        return builder;
    }

    public static ServiceDatabaseSettings ResolveSettings(IConfiguration configuration, string contentRoot, string connectionName)
    {
        var connectionString = configuration.GetConnectionString(connectionName);
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = string.IsNullOrWhiteSpace(connectionString) ? DatabaseProvider.Sqlite : DatabaseProvider.SqlServer;
        }
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; expected one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        if (OpenApiDocumentGeneration.IsRunning)
        {
            // The build reads the endpoints only: the context is registered (handlers' parameters are bound from it)
            // on an in-memory store nothing opens, so a build neither needs a server nor leaves a data/ folder.
            return new ServiceDatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.SqlServer)
            {
                throw new InvalidOperationException(
                    $"Database:Provider is SqlServer but ConnectionStrings:{connectionName} is not set.");
            }

            var directory = configuration["Database:DataDirectory"];
            directory = string.IsNullOrWhiteSpace(directory) ? Path.Combine(contentRoot, "data") : Path.GetFullPath(directory, contentRoot);
            Directory.CreateDirectory(directory);
            connectionString = $"Data Source={Path.Combine(directory, connectionName + ".db")}";
        }

        return new ServiceDatabaseSettings(provider, connectionString);
    }

    /// <summary>
    /// The deliberate migrate step. <c>migrate</c> as the first argument brings the schema up to date and
    /// exits; in Development the schema is brought up to date at start-up; elsewhere the service starts on
    /// the schema it finds (production runs <c>migrate</c> as a job before rolling out). The build-time OpenAPI
    /// generator's run (<see cref="OpenApiDocumentGeneration"/>) migrates nothing.
    /// </summary>
    public static async Task<int> RunWithMigrationsAsync<TContext>(this WebApplication app, string[] args)
        where TContext : DbContext
    {
        var migrateOnly = args.Length > 0 && string.Equals(args[0], "migrate", StringComparison.OrdinalIgnoreCase);
        var migrate = migrateOnly || app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Database:MigrateOnStartup");
        if (migrate && !OpenApiDocumentGeneration.IsRunning)
        {
            await MigrateAsync<TContext>(app.Services, app.Lifetime.ApplicationStopping);
        }

        if (migrateOnly)
        {
            return 0;
        }

        await app.RunAsync();
        return 0;
    }

    public static async Task MigrateAsync<TContext>(IServiceProvider services, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<ServiceDatabaseSettings>();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (settings.Provider == DatabaseProvider.SqlServer)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            // The migrations are written for SQL Server; the embedded SQLite store is built from the model.
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
    }
}
