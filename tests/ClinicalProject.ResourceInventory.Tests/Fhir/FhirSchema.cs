using System.IO.Compression;
using NJsonSchema;

namespace ClinicalProject.ResourceInventory.Tests.Fhir;

/// <summary>The FHIR R4 JSON schema (see Schema/README.md), loaded once: it is 3.3 MB.</summary>
public static class FhirSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadAsync);

    public static Task<JsonSchema> GetAsync() => Schema.Value;

    private static async Task<JsonSchema> LoadAsync()
    {
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fhir", "Schema", "fhir.schema.json.gz"));
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return await JsonSchema.FromJsonAsync(await reader.ReadToEndAsync());
    }
}
