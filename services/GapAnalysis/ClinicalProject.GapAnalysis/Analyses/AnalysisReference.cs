using ClinicalProject.GapAnalysis.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>Resolves an <c>analysis</c> of a route or query: an analysis id, or <c>latest</c> (the default).</summary>
public static class AnalysisReference
{
    public const string Latest = "latest";

    public static async Task<Analysis?> ResolveAsync(GapAnalysisDbContext db, string? analysis, CancellationToken cancellationToken)
    {
        var query = db.Analyses.AsNoTracking();
        if (analysis is null || string.Equals(analysis, Latest, StringComparison.OrdinalIgnoreCase))
        {
            return await query.OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);
        }

        return Guid.TryParse(analysis, out var id) ? await query.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
    }
}
