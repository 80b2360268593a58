using System.IO.Compression;
using NJsonSchema;

namespace ClinicalProject.ResourceInventory.Tests.Hsds;

/// <summary>Open Referral's compiled HSDS 3.0 schemas of an organization and a service (see Schema/README.md), loaded once.</summary>
public static class HsdsJsonSchemas
{
    private static readonly Lazy<Task<JsonSchema>> OrganizationSchema = new(() => LoadAsync("organization.json.gz"));
    private static readonly Lazy<Task<JsonSchema>> ServiceSchema = new(() => LoadAsync("service.json.gz"));

    public static Task<JsonSchema> OrganizationAsync() => OrganizationSchema.Value;

    public static Task<JsonSchema> ServiceAsync() => ServiceSchema.Value;

    private static async Task<JsonSchema> LoadAsync(string file)
    {
        await using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Hsds", "Schema", file));
        await using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return await JsonSchema.FromJsonAsync(await reader.ReadToEndAsync());
    }
}
