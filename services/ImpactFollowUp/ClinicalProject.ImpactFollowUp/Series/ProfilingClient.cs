using System.Globalization;
using ClinicalProject.ImpactFollowUp.Common;

namespace ClinicalProject.ImpactFollowUp.Series;

/// <summary>
/// Reads a computed profile's figures from population profiling (the claim check of <c>PopulationProfileComputed</c>):
/// <c>GET /profiles/{id}/values?indicator=…</c>, page by page. Its address is <c>Impact:ProfilesSourceUrl</c>, by default
/// <c>http://profiling</c>, resolved by service discovery; it calls with the service's own token.
/// </summary>
public sealed class ProfilingClient(HttpClient http)
{
    public const string DefaultSourceUrl = "http://profiling";
    public const int PageSize = PagedSource.PageSize;

    /// <summary>Whole-territory figures (no deprivation quintile) of <paramref name="indicator"/>, suppressed ones included (without value).</summary>
    public async Task<List<ProfileFigure>> GetFiguresAsync(Guid profileId, string indicator, CancellationToken cancellationToken) =>
        (await PagedSource.ReadAllAsync<ProfileFigure>(http, page => string.Create(CultureInfo.InvariantCulture,
            $"profiles/{profileId}/values?indicator={Uri.EscapeDataString(indicator)}&page={page}&pageSize={PageSize}"), cancellationToken))
        .Where(f => f.Quintile is null).ToList();
}

/// <summary>The part of profiling's figure this service uses.</summary>
public sealed record ProfileFigure(string Indicator, int Period, string Territory, int? Quintile, double? Count, double Denominator, double? Value);

