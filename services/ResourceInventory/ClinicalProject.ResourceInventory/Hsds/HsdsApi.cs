using ClinicalProject.ServiceDefaults.Authentication;
using System.Text.Json;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>Open Referral HSDS 3.0 import and export, as JSON objects or as the tabular CSV package (ZIP).</summary>
public static class HsdsApi
{
    public const string InvalidPackageType = ProblemTypes.InvalidHsdsPackage;
    public const string RemovesDataType = ProblemTypes.HsdsImportRemovesData;

    public static RouteGroupBuilder MapHsdsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/hsds").WithTags("Open Referral HSDS 3.0").RequireViewer();
        group.MapGet("/export.json", ExportJson).WithSummary("The active organisations, locations, services and capacities as HSDS 3.0 JSON objects.");
        group.MapGet("/export.zip", ExportZip).WithSummary("The same as HSDS 3.0's tabular package: one CSV per table and datapackage.json, zipped.");
        group.MapPost("/import", Import).Accepts<object>("application/json", "application/zip").RequirePlanner()
            .WithSummary("Import HSDS JSON (application/json) or a tabular package (application/zip): all or nothing, with row-level errors. "
                + "An import that would remove data from a resource it updates answers 409 unless allowRemovals=true.");
        return group;
    }

    public static async Task<Ok<JsonElement>> ExportJson(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var package = await HsdsExporter.ExportAsync(db, cancellationToken);
        return TypedResults.Ok(JsonSerializer.SerializeToElement(HsdsJson.Write(package)));
    }

    public static async Task<FileContentHttpResult> ExportZip(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var package = await HsdsExporter.ExportAsync(db, cancellationToken);
        using var buffer = new MemoryStream();
        await HsdsCsvPackage.WriteAsync(package, buffer, cancellationToken);
        return TypedResults.File(buffer.ToArray(), HsdsCsvPackage.MediaType, "inventory-hsds.zip");
    }

    public static async Task<Results<Ok<HsdsImportSummary>, ProblemHttpResult>> Import(
        HttpContext http, HsdsImporter importer, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        bool allowRemovals = false)
    {
        MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType);
        var mediaType = contentType?.MediaType.Value?.ToLowerInvariant();
        // The ZIP reader needs to seek; a package is small enough to hold in memory.
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, cancellationToken);
        body.Position = 0;
        var (package, readErrors) = mediaType switch
        {
            "application/json" => await HsdsJson.ReadAsync(body, cancellationToken),
            "application/zip" or "application/x-zip-compressed" => await HsdsCsvPackage.ReadAsync(body, cancellationToken),
            _ => (new HsdsPackage(), [HsdsErrors.At("package", 0, null, http.Request.ContentType, "unsupported-media-type",
                "Send HSDS JSON as application/json or the tabular package as application/zip.")]),
        };
        if (readErrors.Count > 0)
        {
            return Invalid(readErrors);
        }

        var changes = new ChangeSet(db, ChangeAuthor.Of(http), clock.GetUtcNow().UtcDateTime);
        var (summary, errors) = await importer.ImportAsync(package, changes, allowRemovals, cancellationToken);
        if (summary is not null)
        {
            return TypedResults.Ok(summary);
        }

        return errors.All(e => e.Rule == HsdsRemovals.Rule)
            ? Problem(errors, StatusCodes.Status409Conflict, RemovesDataType,
                "The import would remove data from resources it updates; nothing was imported. Send it again with allowRemovals=true to remove them.")
            : Invalid(errors);
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<ImportError> errors) =>
        ImportErrors.Problem(InvalidPackageType, "The HSDS package is not valid; nothing was imported.", errors);

    private static ProblemHttpResult Problem(IReadOnlyList<ImportError> errors, int status, string type, string title) =>
        ImportErrors.Problem(type, title, errors, status: status);
}
