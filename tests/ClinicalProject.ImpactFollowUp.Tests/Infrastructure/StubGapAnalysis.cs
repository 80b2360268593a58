using System.Net;
using System.Net.Http.Json;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Gaps;

namespace ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

/// <summary>Answers <c>GET gaps?analysis={id}&amp;page=…</c> with the gaps the test serves for that analysis, and counts the calls.</summary>
public sealed class StubGapAnalysis : HttpMessageHandler
{
    private readonly Dictionary<Guid, List<GapSummary>> _served = [];

    public int Calls { get; private set; }

    public void Serve(Guid analysis, params GapSummary[] gaps)
    {
        lock (_served)
        {
            _served[analysis] = [.. gaps];
        }
    }

    public static GapSummary Gap(string key, string territory) =>
        new(key, "accessibility", "no-service-within-reach", 2, territory, 12.5, $"No service within reach in {territory}.", $"Aucun service à portée dans {territory}.");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        lock (_served)
        {
            Calls++;
            if (request.RequestUri.AbsolutePath != "/gaps" || !Guid.TryParse(query["analysis"], out var analysis) || !_served.TryGetValue(analysis, out var gaps))
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new PagedList<GapSummary>(1, GapAnalysisClient.PageSize, gaps.Count, 1, gaps)),
            });
        }
    }
}
