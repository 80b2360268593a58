using ClinicalProject.PopulationProfiling.Common;
using Sylvan.Data.Csv;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// Reads a territory CSV file: UTF-8 (a byte-order mark is allowed), a header row, comma or semicolon
/// delimiter detected from the header. Columns are matched by name, in any order and any case.
/// </summary>
public static class TerritoryCsvReader
{
    public const int MaxRows = 200_000;

    public static IReadOnlyList<string> RequiredColumns { get; } = ["code", "level", "parentCode", "nameFr", "nameEn"];

    public static IReadOnlyList<string> OptionalColumns { get; } = ["centroidLatitude", "centroidLongitude"];

    private static readonly CsvColumn[] Columns =
        [.. RequiredColumns.Select(c => new CsvColumn(c, Required: true)), .. OptionalColumns.Select(c => new CsvColumn(c, Required: false))];

    public static async Task<TerritoryFileReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var rows = new List<TerritoryInput>();
        var errors = new List<ImportError>();
        var row = 0;
        try
        {
            var (csv, text) = await CsvFile.OpenAsync(stream, cancellationToken);
            using var _ = text;
            await using var __ = csv;
            var columns = CsvFile.MapColumns(csv, Columns, errors);
            if (errors.Count > 0)
            {
                return new([], errors);
            }

            while (await csv.ReadAsync(cancellationToken))
            {
                row++;
                if (row > MaxRows)
                {
                    return TerritoryFileReadResult.Failed(new ImportError(0, null, null, ImportRules.TooManyRows,
                        $"A hierarchy holds at most {MaxRows} territories."));
                }

                var input = ReadRow(csv, columns, row, errors);
                if (input is not null)
                {
                    rows.Add(input);
                }
            }
        }
        catch (Exception exception) when (CsvFile.Translate(exception, row, string.Join(",", RequiredColumns.Concat(OptionalColumns))) is { } error)
        {
            return TerritoryFileReadResult.Failed(error);
        }

        return new(rows, errors);
    }

    private static TerritoryInput? ReadRow(CsvDataReader csv, Dictionary<string, int> columns, int row, List<ImportError> errors)
    {
        if (csv.IsBlankRow())
        {
            return null; // a blank line, as spreadsheets leave at the end
        }

        var values = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToArray();
        var extra = values.Skip(csv.FieldCount).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (extra is not null)
        {
            errors.Add(new ImportError(row, null, extra, ImportRules.ExtraField,
                $"This row has more fields than the header ({csv.FieldCount}); is a value holding an unquoted delimiter?"));
        }

        string? Field(string column) => csv.Field(columns, column);
        return new TerritoryInput(row, Field("code"), Field("level"), Field("parentCode"), Field("nameFr"), Field("nameEn"),
            Field("centroidLatitude"), Field("centroidLongitude"));
    }
}
