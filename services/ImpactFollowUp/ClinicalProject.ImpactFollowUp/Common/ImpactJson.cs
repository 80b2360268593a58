using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>The JSON conventions of the impact API: camelCase properties, enums as kebab-case words ("in-progress").</summary>
public static class ImpactJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        // A statistic that cannot be computed (an R² of a constant series) is written "NaN", never a failed response.
        options.NumberHandling |= JsonNumberHandling.AllowNamedFloatingPointLiterals;
        return options;
    }

    /// <summary>An enum value as the API writes it (<c>InProgress</c> → <c>in-progress</c>).</summary>
    public static string Format<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Names<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Format));

    /// <summary>Reads an enum as the API writes it, ignoring case.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Format(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }
}
