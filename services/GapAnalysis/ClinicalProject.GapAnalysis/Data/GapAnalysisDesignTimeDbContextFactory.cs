using ClinicalProject.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without a database.</summary>
public sealed class GapAnalysisDesignTimeDbContextFactory : SqlServerDesignTimeFactory<GapAnalysisDbContext>
{
    protected override GapAnalysisDbContext Create(DbContextOptions<GapAnalysisDbContext> options) => new(options);
}
