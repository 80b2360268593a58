using System.Net.Http.Json;
using System.Net;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14, defect 4: <c>PUT /indicators/{code}</c> with a malformed If-Match (<c>garbage</c>, an unquoted
/// <c>999</c>) answered 200 and wrote a new revision, as if no precondition had been sent. It is refused with
/// 412 (as the inventory's ETags do) and changes nothing.
/// </summary>
public sealed class MalformedIfMatchTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("garbage")]
    [InlineData("999")]
    [InlineData("\"1")]
    [InlineData(",")]
    public async Task A_malformed_If_Match_is_refused_with_412_and_changes_nothing(string ifMatch)
    {
        var code = "t-" + Guid.NewGuid().ToString("N")[..8];
        var created = await PutAsync(code, Valid(), null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var etag = created.Headers.ETag!.ToString();

        var response = await PutAsync(code, Valid() with { Multiplier = 100 }, ifMatch);
        var deleted = await DeleteAsync(code, ifMatch);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.PreconditionFailed, deleted.StatusCode);
        var current = await _client.GetAsync($"/indicators/{code}");
        Assert.Equal(etag, current.Headers.ETag!.ToString());
        Assert.Equal(1000d, (await current.ReadAsync<IndicatorDto>()).Multiplier);
    }

    [Fact]
    public async Task A_well_formed_current_If_Match_still_updates()
    {
        var code = "t-" + Guid.NewGuid().ToString("N")[..8];
        var created = await PutAsync(code, Valid(), null);

        var response = await PutAsync(code, Valid() with { Multiplier = 100 }, created.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100d, (await response.ReadAsync<IndicatorDto>()).Multiplier);
    }

    private Task<HttpResponseMessage> PutAsync(string code, IndicatorInput input, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/indicators/{code}") { Content = JsonContent.Create(input, options: HttpHelpers.Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return _client.SendAsync(request);
    }

    private Task<HttpResponseMessage> DeleteAsync(string code, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/indicators/{code}");
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _client.SendAsync(request);
    }

    private static IndicatorInput Valid() => new(
        "Chutes à domicile", "Falls at home", IndicatorDomain.SocioSanitary, MeasureType.CrudeRate, 1000, Polarity.LowIsGood, [9, 3],
        NumeratorSource.Counts, 65, null, 65, null, null, "Chutes déclarées, 65 ans et plus.", "Population de 65 ans et plus.");
}
