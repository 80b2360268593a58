using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClinicalProject.ServiceDefaults.Database;

/// <summary>
/// Inserts many new rows of one entity type without the change tracker: multi-row <c>INSERT … VALUES</c>
/// statements, prepared once and reused, on the context's connection and in its current transaction. Table, columns
/// and value conversions come from the EF model, so the rows read back exactly as if EF had written them. For write-once
/// rows with keys the caller sets (a profile's figures: two million per Quebec-scale profile, which EF's change
/// tracker stored at some 130 µs a row); nothing is tracked and no interceptor sees them.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Parameters per statement. SQL Server takes up to 2,100 and each statement is a round trip, so large ones.
    /// SQLite binds a named parameter by scanning the statement's names one by one (the cost grows with the square of
    /// their number: 2,000 parameters spent most of a profile's time in <c>strncmp</c>), and a statement is local, so
    /// small ones: a prepared statement of a few rows, executed again and again.
    /// </summary>
    private static int ParametersPerStatement(DbContext db) =>
        db.Database.ProviderName?.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) == true ? 100 : 2000;

    public static async Task InsertRowsAsync<T>(this DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T))
                     ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity type of {db.GetType().Name}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table), Mapping: p.GetRelationalTypeMapping()))
            .Where(c => c.Column is not null)
            .ToArray();
        if (columns.Any(c => c.Property.ValueGenerated != ValueGenerated.Never))
        {
            throw new InvalidOperationException($"{typeof(T).Name} has store-generated values; insert it through the change tracker.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var getters = columns.Select(c => c.Property.GetGetter()).ToArray();
        var rowsPerStatement = Math.Max(1, ParametersPerStatement(db) / columns.Length);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            // One prepared statement of full size, reused; the last, shorter run of rows gets its own.
            await using var full = rows.Count >= rowsPerStatement
                ? Statement(connection, transaction, sql, table, columns, rowsPerStatement)
                : null;
            for (var first = 0; first < rows.Count; first += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - first);
                await using var tail = count < rowsPerStatement ? Statement(connection, transaction, sql, table, columns, count) : null;
                var command = tail ?? full!;
                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < columns.Length; c++)
                    {
                        var value = getters[c].GetClrValueUsingContainingEntity(rows[first + r]);
                        var converter = columns[c].Mapping.Converter;
                        command.Parameters[r * columns.Length + c].Value =
                            (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Statement(DbConnection connection, DbTransaction? transaction, ISqlGenerationHelper sql,
        StoreObjectIdentifier table, (IProperty Property, string? Column, RelationalTypeMapping Mapping)[] columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Column!))).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = $"p{r * columns.Length + c}";
                text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                // The mapping sets the parameter's type and size; its value is set per row (already converted).
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null,
                    columns[c].Property.IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.Append(sql.StatementTerminator).ToString();
        return command;
    }
}
