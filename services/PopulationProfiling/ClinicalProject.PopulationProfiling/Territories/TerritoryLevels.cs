using System.Diagnostics.CodeAnalysis;

namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>The wire names of <see cref="TerritoryLevel"/>: what files, queries and responses use.</summary>
public static class TerritoryLevels
{
    /// <summary>Every level, from the top down.</summary>
    public static IReadOnlyList<TerritoryLevel> All { get; } = Enum.GetValues<TerritoryLevel>();

    /// <summary>The canonical names, in hierarchy order.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(ToName).ToArray();

    // French planners write "rss" for a region and "ad" (aire de diffusion) for a DA: accept both spellings.
    private static readonly Dictionary<string, TerritoryLevel> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["province"] = TerritoryLevel.Province,
        ["region"] = TerritoryLevel.Region,
        ["rss"] = TerritoryLevel.Region,
        ["rts"] = TerritoryLevel.Rts,
        ["rls"] = TerritoryLevel.Rls,
        ["clsc"] = TerritoryLevel.Clsc,
        ["da"] = TerritoryLevel.Da,
        ["ad"] = TerritoryLevel.Da,
    };

    public static string ToName(this TerritoryLevel level) => level switch
    {
        TerritoryLevel.Province => "province",
        TerritoryLevel.Region => "region",
        TerritoryLevel.Rts => "rts",
        TerritoryLevel.Rls => "rls",
        TerritoryLevel.Clsc => "clsc",
        TerritoryLevel.Da => "da",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown territory level."),
    };

    public static bool TryParse([NotNullWhen(true)] string? text, out TerritoryLevel level)
    {
        level = default;
        return text is not null && Aliases.TryGetValue(text.Trim(), out level);
    }
}
