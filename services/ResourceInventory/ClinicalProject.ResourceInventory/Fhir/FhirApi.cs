using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.ResourceInventory.Data;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicalProject.ResourceInventory.Fhir;

/// <summary><c>GET /fhir/Bundle</c>: the inventory as a FHIR R4 Bundle (application/fhir+json).</summary>
public static class FhirApi
{
    public const string MediaType = "application/fhir+json";

    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);

    public static RouteGroupBuilder MapFhirApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/fhir").WithTags("FHIR R4").RequireViewer();
        group.MapGet("/Bundle", ExportBundle)
            .WithSummary("Organization, Location, HealthcareService and OrganizationAffiliation (agreements and corridors) in one collection Bundle.");
        return group;
    }

    public static async Task<ContentHttpResult> ExportBundle(InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var bundle = await FhirExporter.ExportAsync(db, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Content(Serializer.SerializeToString(bundle), MediaType);
    }
}
