using ClinicalProject.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without starting the service.</summary>
internal sealed class ProfilingDbContextDesignTimeFactory : SqlServerDesignTimeFactory<ProfilingDbContext>
{
    protected override ProfilingDbContext Create(DbContextOptions<ProfilingDbContext> options) => new(options);
}
