namespace ClinicalProject.AppHost.Infrastructure;

/// <summary>What the services are given by either infrastructure mode.</summary>
/// <param name="Messaging">The broker: referenced as <c>ConnectionStrings__messaging</c> and waited for.</param>
/// <param name="UseDatabase">Gives a service (or its migrate step) its database: a SQL Server connection string
/// named after the database, or a SQLite folder in the run directory.</param>
public sealed record SuiteInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    Action<IResourceBuilder<ProjectResource>, ServiceDatabase> UseDatabase);

/// <summary>A service's database: its connection-string name (<c>profilingdb</c>…) and the service's name.</summary>
public sealed record ServiceDatabase(string ConnectionName, string ServiceName);
