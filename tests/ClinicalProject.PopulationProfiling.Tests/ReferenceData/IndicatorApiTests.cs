using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Tests.ReferenceData;

public sealed class IndicatorApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_starter_catalogue_ships_the_indicators_planners_expect()
    {
        var page = await (await _client.GetAsync("/indicators?pageSize=100")).ReadAsync<PagedList<IndicatorDto>>();

        var codes = page.Items.Select(i => i.Code).ToHashSet();
        string[] expected = ["er-visits", "hospitalisations", "diabetes-prevalence", "copd-prevalence", "premature-mortality",
            "family-doctor-attachment", "living-alone", "low-income", "seniors-75-plus"];
        Assert.Subset(codes, expected.ToHashSet());
        var premature = page.Items.Single(i => i.Code == "premature-mortality");
        Assert.Equal((MeasureType.DirectlyStandardisedRate, 100_000d, Polarity.LowIsGood, "esp2013", (int?)74),
            (premature.MeasureType, premature.Multiplier, premature.Polarity, premature.StandardPopulationCode, premature.DenominatorAgeTo));
        var seniors = page.Items.Single(i => i.Code == "seniors-75-plus");
        Assert.Equal((NumeratorSource.Population, (int?)75, (int?)null), (seniors.NumeratorSource, seniors.NumeratorAgeFrom, seniors.DenominatorAgeFrom));
        Assert.All(page.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.NameFr) || string.IsNullOrWhiteSpace(i.NameEn)));
    }

    [Fact]
    public async Task The_catalogue_filters_by_domain_and_service_program()
    {
        var usage = await (await _client.GetAsync("/indicators?domain=service-usage&pageSize=100")).ReadAsync<PagedList<IndicatorDto>>();
        var sapa = await (await _client.GetAsync("/indicators?program=3&pageSize=100")).ReadAsync<PagedList<IndicatorDto>>();

        Assert.NotEmpty(usage.Items);
        Assert.All(usage.Items, i => Assert.Equal(IndicatorDomain.ServiceUsage, i.Domain));
        Assert.Contains(sapa.Items, i => i.Code == "seniors-75-plus");
        Assert.DoesNotContain(sapa.Items, i => i.Code == "er-visits");
        Assert.All(sapa.Items, i => Assert.Contains(3, i.ServicePrograms));
        var bad = await _client.GetAsync("/indicators?domain=weather&program=12");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task An_indicator_is_created_read_with_an_etag_and_updated_only_with_the_current_one()
    {
        var code = "t-" + Guid.NewGuid().ToString("N")[..8];
        var created = await PutAsync(code, Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(1, (await created.ReadAsync<IndicatorDto>()).Revision);

        var read = await _client.GetAsync($"/indicators/{code}");
        var etag = read.Headers.ETag;
        Assert.Equal("\"1\"", etag?.Tag);
        var dto = await read.ReadAsync<IndicatorDto>();
        Assert.Equal(1000d, dto.Multiplier);
        Assert.Equal([3, 9], dto.ServicePrograms);

        var notModified = new HttpRequestMessage(HttpMethod.Get, $"/indicators/{code}");
        notModified.Headers.IfNoneMatch.Add(etag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(notModified)).StatusCode);

        var updated = await PutAsync(code, Valid() with { NameEn = "Renamed" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var renamed = await updated.ReadAsync<IndicatorDto>();
        Assert.Equal(("Renamed", 2), (renamed.NameEn, renamed.Revision));

        var stale = await PutAsync(code, Valid() with { NameEn = "Lost update" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Renamed", (await (await _client.GetAsync($"/indicators/{code}")).ReadAsync<IndicatorDto>()).NameEn);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/indicators/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/indicators/{code}")).StatusCode);
    }

    [Fact]
    public async Task An_invalid_indicator_is_refused_with_every_fault_and_nothing_is_stored()
    {
        var code = "t-" + Guid.NewGuid().ToString("N")[..8];
        var input = Valid() with
        {
            NameFr = " ",
            ServicePrograms = [3, 12],
            DenominatorAgeFrom = 17,
            NumeratorAgeFrom = 60,
            NumeratorAgeTo = 54,
            StandardPopulationCode = "esp2013",
        };

        var response = await PutAsync(code, input);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Equal(IndicatorsApi.InvalidType, problem.Type);
        var faults = problem.Errors.Select(e => (e.Field, e.Rule)).ToHashSet();
        Assert.Equal(
            new HashSet<(string?, string)>
            {
                ("nameFr", IndicatorRules.Required),
                ("servicePrograms", IndicatorRules.OutOfRange),
                ("denominatorAgeFrom", IndicatorRules.NotABandBoundary),
                ("numeratorAgeTo", IndicatorRules.EmptyAgeRange),
                ("standardPopulationCode", IndicatorRules.StandardPopulationOnlyForDsr),
            },
            faults);
        Assert.Equal("12", problem.Errors.Single(e => e.Field == "servicePrograms").Value);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/indicators/{code}")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_enumeration_value_or_standard_population_is_a_problem_naming_the_field()
    {
        var code = "t-" + Guid.NewGuid().ToString("N")[..8];
        var body = new StringContent("""{"nameFr":"x","nameEn":"x","domain":"weather"}""", Encoding.UTF8, "application/json");
        var badEnum = await (await _client.PutAsync($"/indicators/{code}", body)).ReadAsync<ImportProblem>();
        Assert.Equal(("domain", "invalid-json"), (badEnum.Errors[0].Field, badEnum.Errors[0].Rule));

        var unknownStandard = await PutAsync(code, Valid() with { MeasureType = MeasureType.DirectlyStandardisedRate, StandardPopulationCode = "nowhere" });
        var problem = await unknownStandard.ReadAsync<ImportProblem>();
        Assert.Equal(("standardPopulationCode", IndicatorRules.UnknownStandardPopulation), (problem.Errors[0].Field, problem.Errors[0].Rule));
    }

    private Task<HttpResponseMessage> PutAsync(string code, IndicatorInput input, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/indicators/{code}") { Content = JsonContent.Create(input, options: HttpHelpers.Json) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return _client.SendAsync(request);
    }

    private static IndicatorInput Valid() => new(
        "Chutes à domicile", "Falls at home", IndicatorDomain.SocioSanitary, MeasureType.CrudeRate, 1000, Polarity.LowIsGood, [9, 3],
        NumeratorSource.Counts, 65, null, 65, null, null, "Chutes déclarées, 65 ans et plus.", "Population de 65 ans et plus.");
}
