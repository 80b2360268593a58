using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>The names and centroids of a hierarchy's territories, from the read model.</summary>
public static class TerritoryNames
{
    public static async Task<Dictionary<string, (string Fr, string? En)>> LoadAsync(GapAnalysisDbContext db, string hierarchyVersion,
        IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        (await db.Set<TerritoryEntry>().AsNoTracking().Where(t => t.HierarchyVersion == hierarchyVersion && codes.Contains(t.Code))
            .Select(t => new { t.Code, t.NameFr, t.NameEn }).ToListAsync(cancellationToken))
        .ToDictionary(t => t.Code, t => (t.NameFr, t.NameEn), StringComparer.Ordinal);

    public static async Task<Dictionary<string, TerritoryEntry>> EntriesAsync(GapAnalysisDbContext db, string hierarchyVersion,
        IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await db.Set<TerritoryEntry>().AsNoTracking().Where(t => t.HierarchyVersion == hierarchyVersion && codes.Contains(t.Code))
            .ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, cancellationToken);
}
