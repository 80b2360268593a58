using System.Text.Json.Nodes;
using Xunit;

namespace ClinicalProject.Testing.OpenApi;

/// <summary>
/// The document a running service serves at <c>/openapi/v1.json</c> is the committed one (docs/openapi/), which the
/// build-time generator wrote: the generator's run skips the broker, the database and the background services
/// (ServiceDefaults' OpenApiDocumentGeneration), and this shows that skipping them leaves the document as it is. Only
/// <c>servers</c> differs, by design: a running service names the address it was called on.
/// </summary>
/// <param name="createClient">A client of the running service (the document needs no token).</param>
/// <param name="documentName">The service's document name (its gateway cluster name, e.g. <c>profiling</c>).</param>
public abstract class ServedDocumentTests(Func<HttpClient> createClient, string documentName)
{
    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        using var client = createClient();
        var served = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();
        served.Remove("servers");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryFiles.CommittedOpenApiDocument(documentName)));

        Assert.True(JsonNode.DeepEquals(committed, served),
            $"The document the service serves differs from docs/openapi/{documentName}.json: run scripts/openapi.sh --update; "
            + "if the committed one is already the build's, the build-time run and a real start wire the endpoints differently.");
    }
}
