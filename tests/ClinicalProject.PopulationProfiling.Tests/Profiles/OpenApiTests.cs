using System.Text.Json;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Profiles;

public sealed class OpenApiTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_every_dashboard_and_import_endpoint()
    {
        var text = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(text);
        var paths = document.RootElement.GetProperty("paths");
        string[] expected =
        [
            "/indicators/{code}", "/standard-populations/{code}", "/deprivation/{version}", "/datasets/{kind}/{version}",
            "/datasets/{kind}/{version}/pyramid", "/imports/{id}", "/profiles/jobs", "/profiles/jobs/{id}", "/profiles/{profile}/values",
            "/profiles/{profile}/values.csv", "/profiles/{profile}/map.geojson", "/profiles/{profile}/projected-need", "/profiles/{profile}/territories/{code}",
        ];
        foreach (var path in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var operations), $"{path} is not in the OpenAPI document.");
            Assert.All(operations.EnumerateObject().Where(o => o.Name is "get" or "post" or "put"),
                operation => Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), $"{path} {operation.Name} has no summary."));
        }
    }
}
