using System.Diagnostics.CodeAnalysis;

namespace ClinicalProject.Territories.ReadModel;

/// <summary>
/// The wire names of the levels of Quebec's health-territory hierarchy, from the top down: what files, queries and
/// responses use in every service. Population profiling's <c>TerritoryLevel</c> enum follows this order.
/// </summary>
public static class TerritoryLevelNames
{
    /// <summary>The canonical names, in hierarchy order (a territory's parent is exactly one level above it).</summary>
    public static IReadOnlyList<string> All => Names;

    private static readonly string[] Names = ["province", "region", "rts", "rls", "clsc", "da"];

    // French planners write "rss" for a region and "ad" (aire de diffusion) for a DA: accept both spellings.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["province"] = "province",
        ["region"] = "region",
        ["rss"] = "region",
        ["rts"] = "rts",
        ["rls"] = "rls",
        ["clsc"] = "clsc",
        ["da"] = "da",
        ["ad"] = "da",
    };

    /// <summary>The position of a canonical name from the top (province 0), or -1.</summary>
    public static int IndexOf(string name) => Array.IndexOf(Names, name);

    /// <summary>The canonical name of <paramref name="text"/> (any case, either spelling), or false.</summary>
    public static bool TryNormalise([NotNullWhen(true)] string? text, [NotNullWhen(true)] out string? name)
    {
        name = null;
        return text is not null && Aliases.TryGetValue(text.Trim(), out name);
    }
}
