using System.Net;
using System.Text;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14, defect 9: an indicator multiplier of 1e308 was stored (profiles then served 1e307) and a
/// standard-population weight of 1e308 too (the weights' sum overflows). Both are refused with a 400 naming the field.
/// </summary>
public sealed class AbsurdValueTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("1e308")]
    [InlineData("1000001")]
    public async Task An_absurd_indicator_multiplier_is_refused_naming_the_field(string multiplier)
    {
        var code = "t-" + Guid.NewGuid().ToString("N")[..8];
        var body = $$"""
            {"nameFr":"Chutes","nameEn":"Falls","domain":"socio-sanitary","measureType":"crude-rate","multiplier":{{multiplier}},
             "polarity":"low-is-good","numeratorDefinition":"Chutes.","denominatorDefinition":"Population."}
            """;

        var response = await _client.PutAsync($"/indicators/{code}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Contains(problem.Errors, e => e is { Field: "multiplier", Rule: IndicatorRules.OutOfRange });
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/indicators/{code}")).StatusCode);
    }

    [Fact]
    public async Task A_per_million_multiplier_is_still_accepted()
    {
        var code = "t-" + Guid.NewGuid().ToString("N")[..8];
        var body = """
            {"nameFr":"Chutes","nameEn":"Falls","domain":"socio-sanitary","measureType":"crude-rate","multiplier":1000000,
             "polarity":"low-is-good","numeratorDefinition":"Chutes.","denominatorDefinition":"Population."}
            """;

        var response = await _client.PutAsync($"/indicators/{code}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_absurd_standard_population_weight_is_refused_naming_the_row_and_field()
    {
        var code = "absurd-" + Guid.NewGuid().ToString("N")[..6];
        var csv = "ageBand,weight\n" + string.Join("\n", Enumerable.Range(0, 18).Select(b => $"{b * 5}-{(b * 5) + 4},100")) + "\n90+,1e308\n";

        var response = await _client.PutAsync($"/standard-populations/{code}?nameFr=x&nameEn=x", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Contains(problem.Errors, e => e is { Row: 19, Field: "weight", Value: "1e308", Rule: StandardPopulationReader.InvalidWeight });
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/standard-populations/{code}")).StatusCode);
    }
}
