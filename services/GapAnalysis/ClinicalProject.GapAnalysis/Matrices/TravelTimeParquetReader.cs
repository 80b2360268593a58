using ClinicalProject.Tabular;
using Parquet;

namespace ClinicalProject.GapAnalysis.Matrices;

/// <summary>
/// Reads a sparse travel-time matrix from Parquet (columns by name as in CSV; origin a string or an integer code,
/// site a string, minutes any numeric type), one row group at a time, with the checks of
/// <see cref="TravelTimeRows"/>. A file that does not open, or a row group that does not decode, refuses the whole
/// matrix naming the row group.
/// </summary>
public static class TravelTimeParquetReader
{
    public static async Task ReadAsync(Stream seekable, TravelTimeRows rows, CancellationToken cancellationToken)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(seekable, leaveStreamOpen: true, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            rows.Errors.Add(new ImportError(0, "body", null, "not-parquet", $"The file is not a readable Parquet file ({exception.Message})."));
            return;
        }

        await using (reader)
        {
            var fields = reader.Schema.GetDataFields();
            var ordinals = rows.Header(fields.Select(f => f.Name).ToArray());
            if (ordinals is null)
            {
                return;
            }

            var columns = new[] { TravelTimeRows.Origin, TravelTimeRows.Site, TravelTimeRows.Minutes }
                .Select(name => (Name: name, Field: fields[ordinals[name]], Reader: ParquetColumn.For(fields[ordinals[name]])))
                .ToArray();
            foreach (var (name, field, _) in columns.Where(c => c.Reader is null))
            {
                rows.Errors.Add(new ImportError(0, name, field.ClrType.Name, "unreadable-column-type",
                    $"Column '{field.Name}' has the Parquet type {field.ClrType.Name}; use a string or a number."));
            }

            if (rows.Errors.Count > 0)
            {
                return;
            }

            var buffers = columns.Select(_ => new char[64]).ToArray();
            var row = 0;
            for (var group = 0; group < reader.RowGroupCount && !rows.Full; group++)
            {
                int count;
                try
                {
                    using var groupReader = reader.OpenRowGroupReader(group);
                    count = checked((int)groupReader.RowCount);
                    foreach (var column in columns)
                    {
                        await column.Reader!.LoadAsync(groupReader, count, cancellationToken);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    rows.Errors.Add(new ImportError(row + 1, "rowGroup", group.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        "damaged-parquet", $"Row group {group} (from row {row + 1}) cannot be read ({exception.Message}); the file is damaged."));
                    return;
                }

                for (var r = 0; r < count && !rows.Full; r++)
                {
                    row++;
                    rows.Add(row, Text(0, r), Text(1, r), Text(2, r));
                }
            }

            rows.Finish(row);

            string Text(int column, int r) => new(columns[column].Reader!.Text(r, buffers[column]));
        }
    }
}
