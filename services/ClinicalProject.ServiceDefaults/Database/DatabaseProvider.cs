namespace ClinicalProject.ServiceDefaults.Database;

/// <summary>The database engines a service can run on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded file database: the default for local runs and tests.</summary>
    Sqlite,

    /// <summary>Production: one database per service, schema managed by EF Core migrations.</summary>
    SqlServer,
}
