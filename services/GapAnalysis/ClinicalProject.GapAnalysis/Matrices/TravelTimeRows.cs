using System.Globalization;

namespace ClinicalProject.GapAnalysis.Matrices;

/// <summary>
/// The checks every matrix file gets, whatever its format: the columns <c>origin</c> (or originCode, territory),
/// <c>site</c> (or siteId, destination) and <c>minutes</c> in any order and case, each once; one row per (origin
/// territory, destination site) pair, each pair once, the origin a territory this service holds, minutes finite
/// and ≥ 0. The readers hand each row's fields as text; this keeps the rows that pass and the errors of those that
/// do not, up to a limit.
/// </summary>
public sealed class TravelTimeRows(IReadOnlySet<string> knownOrigins, int maxErrors)
{
    public const string Origin = "origin";
    public const string Site = "site";
    public const string Minutes = "minutes";

    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["origin"] = Origin, ["originCode"] = Origin, ["territory"] = Origin,
        ["site"] = Site, ["siteId"] = Site, ["destination"] = Site,
        ["minutes"] = Minutes,
    };

    private readonly Dictionary<(string, Guid), int> _seen = [];

    public List<(string Origin, Guid Site, double Minutes)> Rows { get; } = [];

    public List<ImportError> Errors { get; } = [];

    /// <summary>True once the error limit is reached: the reader stops there.</summary>
    public bool Full => Errors.Count >= maxErrors;

    /// <summary>
    /// Which position holds each column (origin, site, minutes), or null with the header's errors recorded.
    /// </summary>
    public Dictionary<string, int>? Header(IReadOnlyList<string> names)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var header = names[i].Trim();
            if (Columns.TryGetValue(header, out var column) && !ordinals.TryAdd(column, i))
            {
                Errors.Add(new ImportError(0, column, header, "duplicate-column", $"Column '{column}' appears twice (or under two of its names)."));
            }
            else if (header.Length > 0 && column is null)
            {
                Errors.Add(new ImportError(0, header, header, "unknown-column", $"Unknown column '{header}'; the columns are origin, site, minutes."));
            }
        }

        foreach (var missing in new[] { Origin, Site, Minutes }.Where(c => !ordinals.ContainsKey(c)))
        {
            Errors.Add(new ImportError(0, missing, null, "missing-column", $"Column '{missing}' is required."));
        }

        return Errors.Count > 0 ? null : ordinals;
    }

    /// <summary>Checks data row <paramref name="row"/> (1-based) and keeps it when it passes.</summary>
    public void Add(int row, string origin, string siteText, string minutesText)
    {
        origin = origin.Trim();
        siteText = siteText.Trim();
        minutesText = minutesText.Trim();
        var ok = true;
        if (origin.Length == 0 || !knownOrigins.Contains(origin))
        {
            Errors.Add(new ImportError(row, Origin, origin, "unknown-territory",
                origin.Length == 0 ? "The origin territory is required." : $"'{origin}' is not a territory this service has received."));
            ok = false;
        }

        if (!Guid.TryParse(siteText, out var site))
        {
            Errors.Add(new ImportError(row, Site, siteText, "not-a-site-id", "The destination site's id (a GUID of the inventory)."));
            ok = false;
        }

        if (!double.TryParse(minutesText, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) || !double.IsFinite(minutes) || minutes < 0)
        {
            Errors.Add(new ImportError(row, Minutes, minutesText, "minutes-not-finite-non-negative", "Minutes: a finite number ≥ 0 (decimal point)."));
            ok = false;
        }

        if (ok && !_seen.TryAdd((origin, site), row))
        {
            Errors.Add(new ImportError(row, Site, siteText, "duplicate-pair", $"The pair ({origin}, {site}) already appears on row {_seen[(origin, site)]}."));
            ok = false;
        }

        if (ok)
        {
            Rows.Add((origin, site, minutes));
        }
    }

    /// <summary>After the last row: a file with no data row is refused.</summary>
    public void Finish(int rowsRead)
    {
        if (rowsRead == 0 && Errors.Count == 0)
        {
            Errors.Add(new ImportError(0, "body", null, "no-rows", "The matrix has no data row."));
        }
    }
}
