using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using NJsonSchema;

namespace ClinicalProject.ResourceInventory.Tests.Hsds;

/// <summary>Open Referral's compiled HSDS 3.0 schemas of an organization and a service (see Schema/README.md), loaded once.</summary>
public static class HsdsJsonSchemas
{
    private static readonly Lazy<Task<JsonSchema>> OrganizationSchema = new(() => VendoredSchema.LoadAsync("Hsds", "Schema", "organization.json.gz"));
    private static readonly Lazy<Task<JsonSchema>> ServiceSchema = new(() => VendoredSchema.LoadAsync("Hsds", "Schema", "service.json.gz"));

    public static Task<JsonSchema> OrganizationAsync() => OrganizationSchema.Value;

    public static Task<JsonSchema> ServiceAsync() => ServiceSchema.Value;
}
