using System.Globalization;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Deprivation;

/// <summary>
/// Reads a deprivation index file: one row per DA, <c>daCode,materialScore,socialScore,materialQuintile,socialQuintile</c>
/// (the scores optional, the quintiles 1–5 required), every DA a DA of the hierarchy and listed once.
/// </summary>
public static class DeprivationCsvReader
{
    public const int MaxRows = 100_000;
    public const string UnknownDa = "unknown-da";
    public const string NotADa = "not-a-da";
    public const string InvalidQuintile = "invalid-quintile";
    public const string InvalidScore = "invalid-score";

    private static readonly CsvColumn[] Columns =
    [
        new("daCode", Required: true, "da", "ad", "code"),
        new("materialScore", Required: false, "scoreMateriel"),
        new("socialScore", Required: false, "scoreSocial"),
        new("materialQuintile", Required: true, "quintileMateriel"),
        new("socialQuintile", Required: true, "quintileSocial"),
    ];

    public static async Task<(IReadOnlyList<DeprivationRow> Rows, IReadOnlyList<ImportError> Errors)> ReadAsync(
        Stream body, TerritoryIndex tree, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var rows = new List<DeprivationRow>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var row = 0;
        try
        {
            var (csv, text) = await CsvFile.OpenAsync(body, cancellationToken);
            using var _ = text;
            await using var __ = csv;
            var columns = CsvFile.MapColumns(csv, Columns, errors);
            if (errors.Count > 0)
            {
                return ([], errors);
            }

            while (await csv.ReadAsync(cancellationToken))
            {
                if (++row > MaxRows)
                {
                    return ([], [new ImportError(0, null, null, ImportRules.TooManyRows, $"An index holds at most {MaxRows} DAs.")]);
                }

                if (csv.IsBlankRow())
                {
                    continue;
                }

                var code = csv.Field(columns, "daCode")?.Trim();
                if (string.IsNullOrEmpty(code))
                {
                    errors.Add(new ImportError(row, "daCode", code, ImportRules.Required, "Every row names its DA."));
                    continue;
                }

                if (!tree.TryGetIndex(code, out var index))
                {
                    errors.Add(new ImportError(row, "daCode", code, UnknownDa, $"No territory '{code}' in hierarchy version '{tree.Version}'."));
                }
                else if (tree.Levels[index] != TerritoryLevel.Da)
                {
                    errors.Add(new ImportError(row, "daCode", code, NotADa, $"'{code}' is a {tree.Levels[index].ToName()}, not a DA: the index is published per DA."));
                }
                else if (!firstRowOf.TryAdd(code, row))
                {
                    errors.Add(new ImportError(row, "daCode", code, ImportRules.DuplicateCode, $"This DA is already on row {firstRowOf[code]}."));
                }

                var material = Score(csv.Field(columns, "materialScore"), "materialScore", row, errors);
                var social = Score(csv.Field(columns, "socialScore"), "socialScore", row, errors);
                var materialQuintile = Quintile(csv.Field(columns, "materialQuintile"), "materialQuintile", row, errors);
                var socialQuintile = Quintile(csv.Field(columns, "socialQuintile"), "socialQuintile", row, errors);
                if (materialQuintile > 0 && socialQuintile > 0)
                {
                    rows.Add(new DeprivationRow(code, material, social, materialQuintile, socialQuintile));
                }
            }
        }
        catch (Exception exception) when (CsvFile.Translate(exception, row, string.Join(",", Columns.Select(c => c.Name))) is { } error)
        {
            return ([], [error]);
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new ImportError(0, null, null, ImportRules.NoTerritories, "The file has a header but no DA."));
        }

        return (errors.Count > 0 ? [] : rows, errors);
    }

    private static double? Score(string? text, string field, int row, List<ImportError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score))
        {
            return score;
        }

        errors.Add(new ImportError(row, field, text, InvalidScore, "A score is a number (decimal point or comma), or empty."));
        return null;
    }

    private static byte Quintile(string? text, string field, int row, List<ImportError> errors)
    {
        if (byte.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quintile) && quintile is >= 1 and <= 5)
        {
            return quintile;
        }

        errors.Add(new ImportError(row, field, text, InvalidQuintile, "A quintile is 1 (least deprived) to 5 (most deprived)."));
        return 0;
    }
}
