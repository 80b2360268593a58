using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClinicalProject.ServiceDefaults.Database;

/// <summary>
/// What <c>dotnet ef</c> uses to build a service's context for SQL Server migrations. It never connects:
/// adding migrations, <c>has-pending-model-changes</c> and scripting only need the model.
/// </summary>
public abstract class SqlServerDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseSqlServer("Server=localhost;Database=design-time;Integrated Security=true;TrustServerCertificate=true")
            .Options;
        return Create(options);
    }

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
