namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>Two analyses side by side: gaps opened (only in the later), closed (only in the earlier) and changed (priority or severity moved).</summary>
public sealed record AnalysisComparisonDto(AnalysisDto From, AnalysisDto To, IReadOnlyList<GapDto> Opened, IReadOnlyList<GapDto> Closed,
    IReadOnlyList<GapChangeDto> Changed, int Unchanged);

/// <summary>A gap present in both, with its figures before and after.</summary>
public sealed record GapChangeDto(string Key, GapDto Before, GapDto After, double PriorityChange, double SeverityChange, int RankChange);

public static class AnalysisComparison
{
    /// <summary>Matches gaps by key; a gap changed when its priority or severity moved by more than <paramref name="tolerance"/> (relative).</summary>
    public static AnalysisComparisonDto Of(AnalysisDto from, IReadOnlyList<GapEntry> before, AnalysisDto to, IReadOnlyList<GapEntry> after,
        IReadOnlyDictionary<string, (string Fr, string? En)> names, double tolerance)
    {
        var earlier = before.ToDictionary(g => g.Key, StringComparer.Ordinal);
        var later = after.ToDictionary(g => g.Key, StringComparer.Ordinal);
        var opened = after.Where(g => !earlier.ContainsKey(g.Key)).OrderBy(g => g.Rank).Select(g => GapDto.From(g, names)).ToList();
        var closed = before.Where(g => !later.ContainsKey(g.Key)).OrderBy(g => g.Rank).Select(g => GapDto.From(g, names)).ToList();
        var changed = new List<GapChangeDto>();
        var unchanged = 0;
        foreach (var gap in after.Where(g => earlier.ContainsKey(g.Key)).OrderBy(g => g.Rank))
        {
            var old = earlier[gap.Key];
            if (Moved(old.Priority, gap.Priority, tolerance) || Moved(old.Severity, gap.Severity, tolerance))
            {
                changed.Add(new GapChangeDto(gap.Key, GapDto.From(old, names), GapDto.From(gap, names), gap.Priority - old.Priority,
                    gap.Severity - old.Severity, gap.Rank - old.Rank));
            }
            else
            {
                unchanged++;
            }
        }

        return new AnalysisComparisonDto(from, to, opened, closed, changed, unchanged);
    }

    private static bool Moved(double before, double after, double tolerance) =>
        Math.Abs(after - before) > tolerance * Math.Max(Math.Abs(before), Math.Abs(after));
}
