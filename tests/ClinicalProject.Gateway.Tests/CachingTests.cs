using System.Net;
using System.Net.Http.Headers;
using ClinicalProject.Gateway.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Gateway.Tests;

/// <summary>
/// GET answers cached with ETags; If-None-Match answered with 304; entries varying by Accept; writes evicting
/// their service's entries; authorization checked before any cached answer is served. The stand-in's
/// <c>/counter</c> answers a new number on every call it actually receives.
/// </summary>
public sealed class CachingTests
{
    [Fact]
    public async Task A_get_is_answered_from_the_cache_with_an_etag_and_if_none_match_gets_304()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var client = gateway.Client();
        using var first = await client.GetAsync("/api/v1/profiling/counter");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        var body = await first.Content.ReadAsStringAsync();

        using var second = await client.GetAsync("/api/v1/profiling/counter");
        Assert.Equal(body, await second.Content.ReadAsStringAsync()); // the service was not asked again
        Assert.Equal(etag, second.Headers.ETag);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiling/counter");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task If_none_match_is_honoured_on_an_answer_that_is_not_in_the_cache_yet()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Gateway:OutputCache:Expiration"] = "00:00:00" });
        using var client = gateway.Client();
        using var first = await client.GetAsync("/api/v1/impact/negotiate");
        var etag = first.Headers.ETag!;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/impact/negotiate");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/impact/negotiate");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-the-current-one\""));
        using var fresh = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Entries_vary_by_accept_so_csv_and_json_are_not_mixed_up()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var client = gateway.Client();
        foreach (var (accept, expected) in new[] { ("application/json", "application/json"), ("text/csv", "text/csv"), ("application/json", "application/json") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiling/negotiate");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
            using var response = await client.SendAsync(request);
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_successful_write_evicts_its_services_entries()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var viewer = gateway.Client();
        var before = await viewer.GetStringAsync("/api/v1/profiling/counter");
        Assert.Equal(before, await viewer.GetStringAsync("/api/v1/profiling/counter"));

        using var analyst = gateway.Client(ClinicalRoles.Analyst);
        using var write = await analyst.PostAsync("/api/v1/profiling/anything", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.OK, write.StatusCode);

        Assert.NotEqual(before, await viewer.GetStringAsync("/api/v1/profiling/counter"));
    }

    [Fact]
    public async Task No_cache_asks_for_a_fresh_answer_and_private_answers_are_not_cached()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var client = gateway.Client();
        var first = await client.GetStringAsync("/api/v1/profiling/counter");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiling/counter");
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var fresh = await client.SendAsync(request);
        Assert.NotEqual(first, await fresh.Content.ReadAsStringAsync());

        var privateFirst = await client.GetStringAsync("/api/v1/profiling/private");
        Assert.NotEqual(privateFirst, await client.GetStringAsync("/api/v1/profiling/private"));
    }

    [Fact]
    public async Task A_cached_answer_is_not_served_to_a_caller_without_a_token()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var viewer = gateway.Client();
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/profiling/counter")).StatusCode);

        using var anonymous = gateway.Client(role: null);
        using var response = await anonymous.GetAsync("/api/v1/profiling/counter");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
