using System.Net;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14, defect 9: a GeoJSON polygon with an open ring was stored (only the geometry's type and the presence
/// of a coordinates array were checked). Rings must be closed, with four positions or more, positions in range.
/// </summary>
public sealed class GeometryShapeTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Invalid() => new()
    {
        // An open ring: the last position is not the first.
        """{"type":"Polygon","coordinates":[[[-71.9,45.4],[-71.8,45.4],[-71.8,45.5],[-71.9,45.5]]]}""",
        // Closed but only three positions: no area.
        """{"type":"Polygon","coordinates":[[[-71.9,45.4],[-71.8,45.4],[-71.9,45.4]]]}""",
        // Latitude out of range.
        """{"type":"Point","coordinates":[-71.9,145.4]}""",
        // A MultiPolygon whose second polygon's ring is open.
        """{"type":"MultiPolygon","coordinates":[[[[-71.9,45.4],[-71.8,45.4],[-71.8,45.5],[-71.9,45.4]]],[[[-71.9,45.4],[-71.8,45.4],[-71.8,45.5],[-71.9,45.5]]]]}""",
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_malformed_geometry_is_refused_naming_the_row_and_field(string geometry)
    {
        var version = HttpHelpers.NewVersion();
        var json = HierarchyFiles.Sherbrooke().ToJson(row => row == 6 ? System.Text.Json.JsonDocument.Parse(geometry).RootElement : null);

        var response = await _client.PostJsonAsync(version, json);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.ReadAsync<ImportProblem>();
        Assert.Contains(problem.Errors, e => e is { Row: 6, Field: "geometry", Rule: ImportRules.InvalidGeometry });
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/territories/hierarchies/{version}")).StatusCode);
    }

    [Fact]
    public async Task A_closed_polygon_is_accepted()
    {
        var json = HierarchyFiles.Sherbrooke().ToJson(row => row == 6
            ? System.Text.Json.JsonDocument.Parse("""{"type":"Polygon","coordinates":[[[-71.9,45.4],[-71.8,45.4],[-71.8,45.5],[-71.9,45.4]]]}""").RootElement
            : null);

        var response = await _client.PostJsonAsync(HttpHelpers.NewVersion(), json);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
