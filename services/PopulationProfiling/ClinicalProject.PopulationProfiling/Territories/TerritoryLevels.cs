using System.Diagnostics.CodeAnalysis;
using ClinicalProject.Territories.ReadModel;

namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>The wire names of <see cref="TerritoryLevel"/>: what files, queries and responses use.</summary>
public static class TerritoryLevels
{
    /// <summary>Every level, from the top down.</summary>
    public static IReadOnlyList<TerritoryLevel> All { get; } = Enum.GetValues<TerritoryLevel>();

    /// <summary>The canonical names, in hierarchy order (the suite's <see cref="TerritoryLevelNames"/>).</summary>
    public static IReadOnlyList<string> Names => TerritoryLevelNames.All;

    /// <summary>The enum's order is the names' order (a test checks it).</summary>
    public static string ToName(this TerritoryLevel level) =>
        (int)level >= 0 && (int)level < Names.Count
            ? Names[(int)level]
            : throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown territory level.");

    /// <summary>Any case, either spelling ("rss" for region, "ad" for da).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TerritoryLevel level)
    {
        level = default;
        if (!TerritoryLevelNames.TryNormalise(text, out var name))
        {
            return false;
        }

        level = (TerritoryLevel)TerritoryLevelNames.IndexOf(name);
        return true;
    }
}
