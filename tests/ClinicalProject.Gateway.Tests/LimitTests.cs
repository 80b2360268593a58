using System.Net;
using System.Text;
using ClinicalProject.Gateway.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Gateway.Tests;

/// <summary>Request body limits per route (1 MiB by default, 256 MiB on import routes) and rate limits per client.</summary>
public sealed class LimitTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const int OneMebibyte = 1024 * 1024;

    [Fact]
    public async Task A_body_over_the_default_limit_is_refused_with_413_before_it_reaches_the_service()
    {
        using var client = fixture.Host.Client(ClinicalRoles.Planner);
        using var content = new ByteArrayContent(new byte[OneMebibyte + 1]);
        // Expect: 100-continue, as clients sending large bodies do: the gateway refuses on the declared length before
        // any byte is sent. Without it the client could still be writing when the refused connection closed (a
        // broken pipe instead of the answer, seen once in CI).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inventory/organisations") { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Contains("import routes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_that_outgrows_the_limit_is_refused_with_413()
    {
        using var client = fixture.Host.Client(ClinicalRoles.Planner);
        using var content = new StreamContent(new MemoryStream(new byte[2 * OneMebibyte])); // no length: sent chunked
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inventory/organisations") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_just_under_the_default_limit_is_forwarded()
    {
        using var client = fixture.Host.Client(ClinicalRoles.Planner);
        using var content = new ByteArrayContent(new byte[OneMebibyte]);
        using var response = await client.PostAsync("/api/v1/inventory/organisations", content);

        Assert.Equal(OneMebibyte, (await response.ReadEchoAsync()).BodyLength);
    }

    [Theory]
    [InlineData("/api/v1/profiling/territories/hierarchies/2021", ClinicalRoles.Analyst)]
    [InlineData("/api/v1/profiling/datasets/census-2021", ClinicalRoles.Analyst)]
    [InlineData("/api/v1/inventory/hsds/import", ClinicalRoles.Planner)]
    [InlineData("/api/v1/gaps/travel-times/tt-2026", ClinicalRoles.Planner)]
    [InlineData("/api/v1/gaps/accessibility", ClinicalRoles.Planner)]
    [InlineData("/api/v1/impact/imports/series", ClinicalRoles.Planner)]
    public async Task Import_routes_accept_large_files(string path, string role)
    {
        const int size = 20 * OneMebibyte;
        using var client = fixture.Host.Client(role);
        using var content = new ByteArrayContent(new byte[size]);
        content.Headers.ContentType = new("text/csv");
        using var response = await client.PostAsync(path, content);

        Assert.Equal(size, (await response.ReadEchoAsync()).BodyLength);
    }

    [Fact]
    public async Task A_burst_over_the_limit_gets_429_with_retry_after_and_other_clients_are_not_affected()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:RateLimiting:Burst"] = "5",
            ["Gateway:RateLimiting:RequestsPerSecond"] = "1",
        });
        using var greedy = gateway.Client(ClinicalRoles.Viewer, subject: "greedy");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 12 && refused is null; i++)
        {
            var response = await greedy.GetAsync("/api/v1/profiling/territories");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            // The bucket holds 5 and refills 1 a second: at least the first 5 pass.
            Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.OK, s));
            var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
            Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 2);
            Assert.Equal(429, (await refused.ReadProblemAsync()).GetProperty("status").GetInt32());
        }

        using var other = gateway.Client(ClinicalRoles.Viewer, subject: "someone-else");
        using var fine = await other.GetAsync("/api/v1/profiling/territories");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task Anonymous_floods_are_limited_by_address()
    {
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:RateLimiting:Burst"] = "3",
            ["Gateway:RateLimiting:RequestsPerSecond"] = "1",
        });
        using var anonymous = gateway.Client(role: null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await anonymous.GetAsync("/api/v1/profiling/territories");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
