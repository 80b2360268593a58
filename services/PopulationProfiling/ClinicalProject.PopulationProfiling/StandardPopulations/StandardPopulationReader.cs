using System.Globalization;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.StandardPopulations;

/// <summary>
/// Turns an uploaded standard population (CSV rows or JSON bands) into the 19 band weights, or the errors:
/// every band exactly once (or, for single years of age, at least one age in every band), weights finite and
/// not negative, a positive total.
/// </summary>
public static class StandardPopulationReader
{
    public const string UnknownBand = "unknown-age-band";
    public const string DuplicateBand = "duplicate-age-band";
    public const string MissingBand = "missing-age-band";
    public const string InvalidWeight = "invalid-weight";

    /// <summary>More than a billion people in one five-year band is no population (1e308 overflowed the weights' sum).</summary>
    public const double MaxWeight = 1_000_000_000;
    public const string InvalidAge = "invalid-age";
    public const string ZeroTotal = "zero-total";

    private static readonly CsvColumn[] Columns =
    [
        new("ageBand", Required: false, "band", "groupeAge"),
        new("age", Required: false, "ageYears"),
        new("weight", Required: true, "population", "poids"),
    ];

    public static async Task<(double[]? Weights, IReadOnlyList<ImportError> Errors)> ReadCsvAsync(Stream body, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var weights = new double[AgeBands.Count];
        var seen = new int[AgeBands.Count];
        var row = 0;
        try
        {
            var (csv, text) = await CsvFile.OpenAsync(body, cancellationToken);
            using var _ = text;
            await using var __ = csv;
            var columns = CsvFile.MapColumns(csv, Columns, errors);
            var singleYears = columns.ContainsKey("age");
            if (singleYears == columns.ContainsKey("ageBand"))
            {
                errors.Add(new ImportError(0, "ageBand", null, ImportRules.MissingColumn,
                    "Give the ages as either an 'ageBand' column (0-4 … 90+) or an 'age' column (single years, 90 meaning 90+), not both."));
            }

            if (errors.Count > 0)
            {
                return (null, errors);
            }

            while (await csv.ReadAsync(cancellationToken))
            {
                row++;
                if (row > 1000)
                {
                    return (null, [new ImportError(0, null, null, ImportRules.TooManyRows, "A standard population has at most 1000 rows.")]);
                }

                if (csv.IsBlankRow())
                {
                    continue;
                }

                var band = singleYears ? SingleYear(csv.Field(columns, "age"), row, errors) : Band(csv.Field(columns, "ageBand"), row, errors);
                var weight = Weight(csv.Field(columns, "weight"), row, errors);
                if (band is { } b && weight is { } w)
                {
                    weights[b] += w;
                    if (++seen[b] > 1 && !singleYears)
                    {
                        errors.Add(new ImportError(row, "ageBand", AgeBands.Label(b), DuplicateBand, "This age band appears twice."));
                    }
                }
            }
        }
        catch (Exception exception) when (CsvFile.Translate(exception, row, "ageBand,weight") is { } error)
        {
            return (null, [error]);
        }

        return Complete(weights, seen, errors);
    }

    public static (double[]? Weights, IReadOnlyList<ImportError> Errors) Read(StandardPopulationInput input)
    {
        var errors = new List<ImportError>();
        var weights = new double[AgeBands.Count];
        var seen = new int[AgeBands.Count];
        var row = 0;
        foreach (var entry in input.Bands ?? [])
        {
            row++;
            var band = Band(entry.AgeBand, row, errors);
            var weight = Weight(entry.Weight.ToString("R", CultureInfo.InvariantCulture), row, errors);
            if (band is { } b && weight is { } w)
            {
                weights[b] = w;
                if (++seen[b] > 1)
                {
                    errors.Add(new ImportError(row, "ageBand", entry.AgeBand, DuplicateBand, "This age band appears twice."));
                }
            }
        }

        return Complete(weights, seen, errors);
    }

    private static (double[]?, IReadOnlyList<ImportError>) Complete(double[] weights, int[] seen, List<ImportError> errors)
    {
        for (var band = 0; band < AgeBands.Count; band++)
        {
            if (seen[band] == 0)
            {
                errors.Add(new ImportError(0, "ageBand", AgeBands.Label(band), MissingBand,
                    $"No weight for the band {AgeBands.Label(band)}: every band 0-4 … 90+ needs one."));
            }
        }

        if (errors.Count == 0 && weights.Sum() <= 0)
        {
            errors.Add(new ImportError(0, "weight", "0", ZeroTotal, "The weights add up to zero."));
        }

        return errors.Count > 0 ? (null, errors) : (weights, errors);
    }

    private static int? Band(string? text, int row, List<ImportError> errors)
    {
        if (AgeBands.TryParseLabel(text, out var band))
        {
            return band;
        }

        errors.Add(new ImportError(row, "ageBand", text, UnknownBand, $"Age bands are {string.Join(", ", AgeBands.Labels)}."));
        return null;
    }

    private static int? SingleYear(string? text, int row, List<ImportError> errors)
    {
        if (int.TryParse(text?.Trim().TrimEnd('+'), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= AgeBands.MaxAge)
        {
            return AgeBands.OfAge(age);
        }

        errors.Add(new ImportError(row, "age", text, InvalidAge, $"An age is a whole number of years from 0 to {AgeBands.MaxAge}."));
        return null;
    }

    private static double? Weight(string? text, int row, List<ImportError> errors)
    {
        var normalised = text?.Trim().Replace(',', '.');
        if (double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && double.IsFinite(weight) && weight is >= 0 and <= MaxWeight)
        {
            return weight;
        }

        errors.Add(new ImportError(row, "weight", text, InvalidWeight,
            "A weight is a number from 0 to 1000000000 (decimal point or comma): a band's people, or its share of a standard total."));
        return null;
    }
}
