using ClinicalProject.GapAnalysis.Engine.Continuity;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>The inventory's continuum level words ("first-line") to the engine's levels.</summary>
public static class Levels
{
    public static ContinuumLevel Parse(string text) => TryParse(text, out var level)
        ? level
        : throw new InvalidOperationException($"Unknown continuum level '{text}'.");

    public static bool TryParse(string? text, out ContinuumLevel level)
    {
        level = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<ContinuumLevel>())
        {
            if (string.Equals(ContinuityRules.LevelNames(candidate).Key, text.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        return false;
    }
}
