using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// Collects what is wrong with a submitted resource, keyed by the field's JSON path (<c>address.postalCode</c>,
/// <c>schedules[2].opensAt</c>), as RFC 7807 validation problems list them.
/// </summary>
public sealed partial class FieldErrors
{
    public const int NameMaxLength = 300;
    public const int TextMaxLength = 4000;
    public const int CodeMaxLength = 64;

    private readonly List<FieldError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public IReadOnlyList<FieldError> Entries => _errors;

    /// <param name="rule">A stable kebab-case id of the rule broken (imports report it per row).</param>
    public void Add(string field, string message, string rule = "invalid") => _errors.Add(new FieldError(field, message, rule));

    /// <summary>The RFC 7807 validation problem's <c>errors</c>: field → messages.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        _errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    public void Required(string field, string? value, int maxLength = NameMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.", "required");
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
            Add(field, $"{field} has {value.Length} characters; at most {maxLength} are allowed.", "too-long");
        }
    }

    public void Defined<TEnum>(string field, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"{field} must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.", "unknown-value");
        }
    }

    /// <summary>A required enum value (absent from the JSON, it reads as null).</summary>
    public void Required<TEnum>(string field, TEnum? value) where TEnum : struct, Enum
    {
        if (value is null)
        {
            Add(field, $"{field} is required: one of {InventoryJson.Names<TEnum>()}.", "required");
        }
    }

    /// <summary>An enum written as text (a query-string filter).</summary>
    public void EnumText<TEnum>(string field, string? text) where TEnum : struct, Enum
    {
        if (!string.IsNullOrWhiteSpace(text) && !InventoryJson.TryParse<TEnum>(text, out _))
        {
            Add(field, $"{field} must be one of: {InventoryJson.Names<TEnum>()}.", "unknown-value");
        }
    }

    public void RequiredProgram(string field, int? program)
    {
        if (program is null)
        {
            Add(field, $"{field} is required: a service-program number from 1 to 9.", "required");
        }
        else
        {
            Program(field, program.Value);
        }
    }

    public void Program(string field, int program)
    {
        if (!ServicePrograms.IsValid(program))
        {
            Add(field, $"{field} must be a service-program number from 1 to 9 (got {program}).", "unknown-program");
        }
    }

    public void Range(string field, double? value, double min, double max)
    {
        if (value is { } v && (double.IsNaN(v) || v < min || v > max))
        {
            Add(field, $"{field} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)} (got {v.ToString(CultureInfo.InvariantCulture)}).", "out-of-range");
        }
    }

    public void Validity(string fromField, DateOnly? from, string toField, DateOnly? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            Add(toField, $"{toField} ({t:yyyy-MM-dd}) is before {fromField} ({f:yyyy-MM-dd}).", "invalid-period");
        }
    }

    public void Email(string field, string? value)
    {
        MaxLength(field, value, NameMaxLength);
        if (!string.IsNullOrWhiteSpace(value) && !EmailPattern().IsMatch(value))
        {
            Add(field, $"{field} is not an e-mail address.", "invalid-email");
        }
    }

    public void Url(string field, string? value)
    {
        MaxLength(field, value, 2000);
        if (!string.IsNullOrWhiteSpace(value) &&
            (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            Add(field, $"{field} must be an absolute http or https URL.", "invalid-url");
        }
    }

    public void Language(string field, string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || !LanguagePattern().IsMatch(code))
        {
            Add(field, $"{field} must be an ISO 639-1 or 639-3 language code such as fr, en or atj.", "invalid-language");
        }
    }

    public void Distinct<T>(string field, IEnumerable<T> values)
    {
        var duplicate = values.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            Add(field, $"{field} lists {duplicate.Key} more than once.", "duplicate");
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}
