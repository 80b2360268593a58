using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using NJsonSchema;

namespace ClinicalProject.ResourceInventory.Tests.Fhir;

/// <summary>The FHIR R4 JSON schema (see Schema/README.md), loaded once: it is 3.3 MB.</summary>
public static class FhirSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => VendoredSchema.LoadAsync("Fhir", "Schema", "fhir.schema.json.gz"));

    public static Task<JsonSchema> GetAsync() => Schema.Value;
}
