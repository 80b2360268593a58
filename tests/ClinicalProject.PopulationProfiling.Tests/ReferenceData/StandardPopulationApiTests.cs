using System.Net;
using System.Text;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.ReferenceData;

public sealed class StandardPopulationApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_2013_European_standard_population_is_built_in()
    {
        var esp = await (await _client.GetAsync("/standard-populations/esp2013")).ReadAsync<StandardPopulationDto>();

        // Eurostat (2013), Revision of the European Standard Population, table 3.1; also domain.md.
        double[] published = [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000];
        Assert.True(esp.BuiltIn);
        Assert.Equal(published, esp.Bands.Select(b => b.Weight));
        Assert.Equal(("0-4", "85-89", "90+"), (esp.Bands[0].AgeBand, esp.Bands[17].AgeBand, esp.Bands[18].AgeBand));
        Assert.Equal(100_000, esp.TotalWeight);
    }

    [Fact]
    public async Task Single_years_of_age_are_summed_into_the_bands()
    {
        // Ages 0 to 100, weight 1 each: 5 per closed band, 11 (90 to 100) in 90+; semicolon-delimited.
        var csv = new StringBuilder("age;weight\n");
        for (var age = 0; age <= 100; age++)
        {
            csv.Append(age).Append(";1\n");
        }

        var response = await _client.PutAsync("/standard-populations/uniform?nameFr=Uniforme&nameEn=Uniform",
            new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await (await _client.GetAsync("/standard-populations/uniform")).ReadAsync<StandardPopulationDto>();
        Assert.Equal(Enumerable.Repeat(5d, 18).Append(11d), stored.Bands.Select(b => b.Weight));
        Assert.Equal(101, stored.TotalWeight);
    }

    [Fact]
    public async Task A_standard_population_missing_a_band_or_with_a_bad_weight_is_refused()
    {
        var csv = "ageBand,weight\n" + string.Join("\n", Enumerable.Range(0, 18).Select(b => $"{b * 5}-{(b * 5) + 4},100")) + "\n85-89,-3\n";

        var response = await _client.PutAsync("/standard-populations/broken?nameFr=x&nameEn=x", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Contains(problem.Errors, e => e is { Row: 19, Field: "weight", Value: "-3", Rule: StandardPopulationReader.InvalidWeight });
        Assert.Contains(problem.Errors, e => e is { Field: "ageBand", Value: "90+", Rule: StandardPopulationReader.MissingBand });
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/standard-populations/broken")).StatusCode);
    }

    [Fact]
    public async Task The_built_in_population_cannot_be_replaced()
    {
        var json = """{"nameFr":"x","nameEn":"x","bands":[]}""";

        var response = await _client.PutAsync("/standard-populations/esp2013", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // no bands: invalid before the built-in check
        var full = """{"nameFr":"x","nameEn":"x","bands":[""" +
                   string.Join(",", Enumerable.Range(0, 19).Select(b => $$"""{"ageBand":"{{(b == 18 ? "90+" : $"{b * 5}-{(b * 5) + 4}")}}","weight":1}""")) + "]}";
        var conflict = await _client.PutAsync("/standard-populations/esp2013", new StringContent(full, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(5000, (await (await _client.GetAsync("/standard-populations/esp2013")).ReadAsync<StandardPopulationDto>()).Bands[0].Weight);
    }

    [Fact]
    public async Task A_stored_population_is_read_with_an_etag_and_replaced_only_with_the_current_one()
    {
        var code = "etag-" + Guid.NewGuid().ToString("N")[..8];
        var route = $"/standard-populations/{code}?nameFr=Essai&nameEn=Trial";
        Assert.Equal(HttpStatusCode.Created, (await _client.PutAsync(route, Uniform(1))).StatusCode);

        var read = await _client.GetAsync($"/standard-populations/{code}");
        var etag = read.Headers.ETag!;
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/standard-populations/{code}");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(conditional)).StatusCode);

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await _client.PutAsync(route, Uniform(2))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutIfMatchAsync(route, Uniform(2), "\"stale\"")).StatusCode);
        var replaced = await PutIfMatchAsync(route, Uniform(2), etag.Tag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(etag.Tag, replaced.Headers.ETag?.Tag);
        Assert.Equal(Enumerable.Repeat(2d, 19), (await (await _client.GetAsync($"/standard-populations/{code}")).ReadAsync<StandardPopulationDto>()).Bands.Select(b => b.Weight));
    }

    private Task<HttpResponseMessage> PutIfMatchAsync(string route, HttpContent body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, route) { Content = body };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _client.SendAsync(request);
    }

    /// <summary>Every one of the 19 bands weighing <paramref name="weight"/>.</summary>
    private static StringContent Uniform(int weight) => new(
        "ageBand,weight\n" + string.Join("\n", Enumerable.Range(0, 19).Select(b => $"{(b == 18 ? "90+" : $"{b * 5}-{(b * 5) + 4}")},{weight}")) + "\n",
        Encoding.UTF8, "text/csv");
}
