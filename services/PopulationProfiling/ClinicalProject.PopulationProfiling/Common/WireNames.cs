using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>
/// The kebab-case names an enum has on the wire (its <see cref="JsonStringEnumMemberNameAttribute"/>s): the
/// same spelling in JSON, in query strings, in files and in the database, so a table reads like the API.
/// </summary>
public static class WireNames<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ToWire = Enum.GetValues<TEnum>().ToFrozenDictionary(
        value => value,
        value => typeof(TEnum).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                 ?? value.ToString().ToLowerInvariant());

    private static readonly FrozenDictionary<string, TEnum> FromWire =
        ToWire.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<TEnum>().Select(value => ToWire[value]).ToArray();

    public static string Name(TEnum value) => ToWire[value];

    public static bool TryParse([NotNullWhen(true)] string? text, out TEnum value)
    {
        value = default;
        return text is not null && FromWire.TryGetValue(text.Trim(), out value);
    }

    /// <summary>For values read back from the database, which only ever holds names written by <see cref="Name"/>.</summary>
    public static TEnum Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new InvalidOperationException($"The database holds an unknown {typeof(TEnum).Name} '{text}'.");

    public static string Expected => string.Join(", ", All);
}
