using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicalProject.AppHost.Infrastructure;

/// <summary>SQL Server is ready once sa can log in and run a query (the port opens well before that).</summary>
public sealed class SqlServerLoginHealthCheck(ReferenceExpression connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var text = await connectionString.GetValueAsync(cancellationToken);
            await using var connection = new SqlConnection(text);
            await connection.OpenAsync(cancellationToken);
            await using var command = new SqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SqlException exception)
        {
            return HealthCheckResult.Unhealthy($"SQL Server does not accept logins yet: {exception.Message}");
        }
    }
}
