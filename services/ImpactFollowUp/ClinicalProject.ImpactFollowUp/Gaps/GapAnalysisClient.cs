using System.Globalization;
using ClinicalProject.ImpactFollowUp.Common;

namespace ClinicalProject.ImpactFollowUp.Gaps;

/// <summary>
/// Reads a completed analysis's gaps from gap analysis (the claim check of <c>GapAnalysisCompleted</c>):
/// <c>GET /gaps?analysis={id}</c>, page by page. Its address is <c>Impact:GapsSourceUrl</c>, by default
/// <c>http://gapanalysis</c>, resolved by service discovery; it calls with the service's own token.
/// </summary>
public sealed class GapAnalysisClient(HttpClient http)
{
    public const string DefaultSourceUrl = "http://gapanalysis";
    public const int PageSize = PagedSource.PageSize;

    public Task<List<GapSummary>> GetGapsAsync(Guid analysisId, CancellationToken cancellationToken) =>
        PagedSource.ReadAllAsync<GapSummary>(http, page => string.Create(CultureInfo.InvariantCulture,
            $"gaps?analysis={analysisId}&page={page}&pageSize={PageSize}"), cancellationToken);
}

/// <summary>The part of gap analysis's gap this service keeps.</summary>
public sealed record GapSummary(string Key, string Type, string Rule, int Program, string Territory, double Priority, string SentenceEn, string SentenceFr);
