using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ServiceDefaults.Database;

/// <summary>The database a service resolved from its configuration.</summary>
public sealed record ServiceDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(ConnectionString, sql => sql.EnableRetryOnFailure());
                break;
            default:
                options.UseSqlite(ConnectionString);
                break;
        }
    }
}
