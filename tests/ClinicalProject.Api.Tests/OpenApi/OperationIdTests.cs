using ClinicalProject.ServiceDefaults.OpenApi;

namespace ClinicalProject.Api.Tests.OpenApi;

/// <summary>The operation ids the documents get from their method and route (hand-written expectations).</summary>
public sealed class OperationIdTests
{
    [Theory]
    [InlineData("GET", "plans/{id:guid}/history", "getPlansByIdHistory")]
    [InlineData("GET", "access-scores.csv", "getAccessScoresCsv")]
    [InlineData("GET", "gaps/{**key}", "getGapsByKey")]
    [InlineData("POST", "territories/hierarchies/{version}", "postTerritoriesHierarchiesByVersion")]
    [InlineData("PUT", "territory-traits", "putTerritoryTraits")]
    [InlineData("GET", "", "get")]
    public void An_operation_id_is_the_method_and_the_routes_words(string method, string route, string expected) =>
        Assert.Equal(expected, OperationConventions.OperationId(method, route));
}
