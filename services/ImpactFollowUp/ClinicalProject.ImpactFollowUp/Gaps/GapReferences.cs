using System.Globalization;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Gaps;

/// <summary>
/// A plan's gap references checked against the known gaps (<see cref="KnownGap"/>, fed by <c>GapAnalysisCompleted</c>),
/// never against gap analysis's database; and each reference's state now (open, or closed by a later analysis).
/// </summary>
public static class GapReferences
{
    /// <summary>A gap key as gap analysis stores it is at most this long.</summary>
    public const int KeyMaxLength = 200;

    /// <summary>
    /// Adds an error on <c>gaps[i]</c> for every reference that names no gap of a known analysis. References the plan
    /// already holds (<paramref name="held"/>) are kept as they are: they were checked when they were added.
    /// </summary>
    public static async Task CheckAsync(ImpactDbContext db, IReadOnlyList<GapReference?>? gaps, IReadOnlyCollection<GapReference> held,
        FieldErrors errors, CancellationToken cancellationToken)
    {
        var wanted = new List<(int Index, string Key, long Version)>();
        for (var i = 0; i < (gaps?.Count ?? 0); i++)
        {
            var gap = gaps![i];
            if (gap?.GapId is not { } rawKey || gap.AnalysisVersion is not { } rawVersion || errors.Has($"gaps[{i}].gapId") || errors.Has($"gaps[{i}].analysisVersion"))
            {
                continue;
            }

            var (key, version) = (rawKey.Trim(), rawVersion.Trim());
            if (held.Contains(new GapReference(key, version)))
            {
                continue;
            }

            if (!long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                errors.Add($"gaps[{i}].analysisVersion", $"gaps[{i}].analysisVersion '{version}' is not a gap analysis version (a whole number from 1).");
                continue;
            }

            wanted.Add((i, key, number));
        }

        if (wanted.Count == 0)
        {
            return;
        }

        var versions = wanted.Select(w => w.Version).Distinct().ToList();
        var keys = wanted.Select(w => w.Key).Distinct().ToList();
        var analyses = await db.KnownAnalyses.AsNoTracking().Where(a => versions.Contains(a.Version)).Select(a => a.Version).ToListAsync(cancellationToken);
        var found = (await db.KnownGaps.AsNoTracking()
                .Where(g => versions.Contains(g.AnalysisVersion) && keys.Contains(g.Key))
                .Select(g => new { g.AnalysisVersion, g.Key })
                .ToListAsync(cancellationToken))
            .Select(g => (g.Key, g.AnalysisVersion)).ToHashSet();
        foreach (var (index, key, version) in wanted)
        {
            if (!analyses.Contains(version))
            {
                errors.Add($"gaps[{index}]", $"gaps[{index}]: gap analysis {version} is not known here (no completed analysis with that version has been received).");
            }
            else if (!found.Contains((key, version)))
            {
                errors.Add($"gaps[{index}]", $"gaps[{index}]: gap analysis {version} has no gap '{key}'.");
            }
        }
    }

    /// <summary>Each of the plan's references with the gap's description and whether the latest known analysis still finds it.</summary>
    public static async Task<List<PlanGapDto>> StateAsync(ImpactDbContext db, IReadOnlyList<GapReference> references, CancellationToken cancellationToken)
    {
        var keys = references.Select(r => r.GapId).Distinct().ToList();
        var seen = await db.KnownGaps.AsNoTracking().Where(g => keys.Contains(g.Key)).ToListAsync(cancellationToken);
        var analyses = await db.KnownAnalyses.AsNoTracking().Select(a => a.Version).OrderBy(v => v).ToListAsync(cancellationToken);
        var latest = analyses.Count > 0 ? analyses[^1] : (long?)null;
        return references.Select(r =>
        {
            var referenced = long.TryParse(r.AnalysisVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? seen.FirstOrDefault(g => g.Key == r.GapId && g.AnalysisVersion == v)
                : null;
            if (referenced is null)
            {
                return new PlanGapDto(r.GapId, r.AnalysisVersion, GapState.Unknown, latest, null, null, null, null, null, null, null);
            }

            var lastSeen = seen.Where(g => g.Key == r.GapId).Max(g => g.AnalysisVersion);
            var closedIn = analyses.Where(a => a > lastSeen).Select(a => (long?)a).FirstOrDefault();
            return new PlanGapDto(r.GapId, r.AnalysisVersion, closedIn is null ? GapState.Open : GapState.Closed, latest, lastSeen, closedIn,
                referenced.Type, referenced.Rule, referenced.Program, referenced.Territory, referenced.SentenceEn);
        }).ToList();
    }
}

/// <summary>Whether the latest known gap analysis still finds a referenced gap.</summary>
public enum GapState
{
    /// <summary>The latest known analysis finds it.</summary>
    Open,

    /// <summary>A later analysis no longer finds it (the plan keeps its link: the history stays readable).</summary>
    Closed,

    /// <summary>The reference names no known gap (written before references were checked).</summary>
    Unknown,
}

/// <summary>
/// One of a plan's gap references: <c>LastSeenInAnalysisVersion</c> is the latest analysis that found the gap,
/// <c>ClosedInAnalysisVersion</c> the first later one that did not.
/// </summary>
public sealed record PlanGapDto(string GapId, string AnalysisVersion, GapState State, long? LatestAnalysisVersion, long? LastSeenInAnalysisVersion,
    long? ClosedInAnalysisVersion, string? Type, string? Rule, int? Program, string? Territory, string? SentenceEn);
