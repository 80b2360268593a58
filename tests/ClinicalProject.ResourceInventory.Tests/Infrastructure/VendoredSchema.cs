using System.IO.Compression;
using NJsonSchema;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

/// <summary>A gzipped JSON schema copied beside the tests (each folder's README names its source and licence).</summary>
public static class VendoredSchema
{
    public static async Task<JsonSchema> LoadAsync(params string[] path)
    {
        await using var file = File.OpenRead(Path.Combine([AppContext.BaseDirectory, .. path]));
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return await JsonSchema.FromJsonAsync(await reader.ReadToEndAsync());
    }
}
