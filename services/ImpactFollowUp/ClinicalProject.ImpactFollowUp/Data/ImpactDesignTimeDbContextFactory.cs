using ClinicalProject.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without a database.</summary>
public sealed class ImpactDesignTimeDbContextFactory : SqlServerDesignTimeFactory<ImpactDbContext>
{
    protected override ImpactDbContext Create(DbContextOptions<ImpactDbContext> options) => new(options);
}
