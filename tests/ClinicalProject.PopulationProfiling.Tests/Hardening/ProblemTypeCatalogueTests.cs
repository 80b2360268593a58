using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.Testing.Fuzz;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 12: the problem types live in one catalogue (<see cref="ProblemTypes"/>). Its form is checked here, and
/// answers of several kinds (import, lookup, precondition, built-in conflict) carry a type from it; the fuzz
/// checker every service's fuzz tests use refuses any <c>urn:</c> type outside it.
/// </summary>
public sealed partial class ProblemTypeCatalogueTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void Every_type_is_a_distinct_kebab_case_urn_under_the_prefix()
    {
        var constants = typeof(ProblemTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(ProblemTypes.Prefix))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.True(constants.Count >= 30, $"{constants.Count} types");
        Assert.Equal(constants.Count, ProblemTypes.All.Count); // no two constants share a value
        Assert.All(constants, type => Assert.Matches(KebabUrn(), type));
    }

    [Fact]
    public void The_fuzz_checker_refuses_a_type_outside_the_catalogue()
    {
        var problemJson = new MediaTypeHeaderValue("application/problem+json");

        Assert.Null(EndpointFuzzer.Check(404, problemJson, Problem(404, ProblemTypes.NotFound)));
        Assert.Null(EndpointFuzzer.Check(400, problemJson, Problem(400, "https://tools.ietf.org/html/rfc9110#section-15.5.1")));
        Assert.Contains("not in ProblemTypes", EndpointFuzzer.Check(409, problemJson, Problem(409, ProblemTypes.Prefix + "made-up")));
    }

    [Fact]
    public async Task Answers_of_every_kind_carry_a_catalogued_type()
    {
        var version = HttpHelpers.NewVersion("catalogue");
        using var badImport = await _client.PostCsvAsync(version, "code,level,parentCode,nameFr,nameEn\n99,county,,Québec,Quebec\n");
        Assert.Equal((HttpStatusCode.BadRequest, ProblemTypes.InvalidTerritoryHierarchy), await TypeOfAsync(badImport));

        using var missing = await _client.GetAsync("/indicators/no-such-indicator");
        Assert.Equal((HttpStatusCode.NotFound, ProblemTypes.NotFound), await TypeOfAsync(missing));

        using var noHierarchy = await _client.GetAsync("/territories?version=never-imported");
        Assert.Equal((HttpStatusCode.NotFound, ProblemTypes.NotFound), await TypeOfAsync(noHierarchy));

        // The starter catalogue's population indicator exists: removing it without If-Match is refused.
        using var unconditional = await _client.DeleteAsync("/indicators/population");
        Assert.Equal((HttpStatusCode.PreconditionRequired, ProblemTypes.PreconditionRequired), await TypeOfAsync(unconditional));
    }

    private static async Task<(HttpStatusCode Status, string? Type)> TypeOfAsync(HttpResponseMessage response)
    {
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, problem.TryGetProperty("type", out var type) ? type.GetString() : null);
    }

    private static string Problem(int status, string type) =>
        JsonSerializer.Serialize(new { type, status, detail = "what is wrong" });

    [GeneratedRegex("^urn:clinicalproject:problem:[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabUrn();
}
