using System.Globalization;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>
/// What is wrong with a request, keyed by the field's JSON path (<c>indicators[1].target.value</c>) or an import's
/// row (<c>rows[12].period</c>), as RFC 7807 validation problems list them.
/// </summary>
public sealed class FieldErrors
{
    public const int NameMaxLength = 300;
    public const int TextMaxLength = 4000;
    public const int CodeMaxLength = 64;

    private readonly List<KeyValuePair<string, string>> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public int Count => _errors.Count;

    public void Add(string field, string message) => _errors.Add(new(field, message));

    /// <summary>Whether <paramref name="field"/> already has an error.</summary>
    public bool Has(string field) => _errors.Exists(e => e.Key == field);

    /// <summary>Adds <paramref name="other"/>'s errors that are not already here.</summary>
    public void Merge(FieldErrors other) => _errors.AddRange(other._errors.Where(e => !_errors.Contains(e)));

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray(), StringComparer.Ordinal);

    public void Required(string field, string? value, int maxLength = NameMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength = TextMaxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{field} has {value.Length} characters; at most {maxLength} are allowed.");
        }
    }

    public void Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, $"{field} is required.");
        }
    }

    public void Finite(string field, double? value)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            Add(field, $"{field} must be a finite number (got {v.ToString(CultureInfo.InvariantCulture)}).");
        }
    }

    /// <summary>A finite number between −<paramref name="magnitude"/> and <paramref name="magnitude"/>.</summary>
    public void Range(string field, double? value, double magnitude)
    {
        if (value is { } v && !(Math.Abs(v) <= magnitude))
        {
            Add(field, $"{field} must be a finite number between −{magnitude.ToString(CultureInfo.InvariantCulture)} and {magnitude.ToString(CultureInfo.InvariantCulture)} (got {v.ToString(CultureInfo.InvariantCulture)}).");
        }
    }

    public void Url(string field, string? value)
    {
        MaxLength(field, value, 2000);
        if (string.IsNullOrWhiteSpace(value) ||
            !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Add(field, $"{field} must be an absolute http or https URL.");
        }
    }

    public void Codes(string field, IReadOnlyList<string>? codes, bool required)
    {
        if (codes is null || codes.Count == 0)
        {
            if (required)
            {
                Add(field, $"{field} needs at least one territory code.");
            }

            return;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            Required($"{field}[{i}]", codes[i], CodeMaxLength);
        }

        var duplicate = codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            Add(field, $"{field} lists {duplicate.Key} more than once.");
        }
    }
}
