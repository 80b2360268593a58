using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.ClinicalModels;
using ClinicalProject.ResourceInventory.Corridors;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Responsibilities;
using ClinicalProject.ResourceInventory.Sites;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClinicalProject.ResourceInventory.Inventory;

public static class InventoryExtensions
{
    /// <summary>The resource definitions and the inventory's JSON conventions.</summary>
    public static WebApplicationBuilder AddInventory(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options => InventoryJson.Configure(options.SerializerOptions));
        builder.Services.AddSingleton<ResourceDefinition<Organization, OrganizationBody>, OrganizationDefinition>();
        builder.Services.AddSingleton<ResourceDefinition<Site, SiteBody>, SiteDefinition>();
        builder.Services.AddSingleton<ResourceDefinition<HealthService, HealthServiceBody>, HealthServiceDefinition>();
        builder.Services.AddSingleton<ResourceDefinition<CapacityRecord, CapacityBody>, CapacityDefinition>();
        builder.Services.AddSingleton<ResourceDefinition<ServiceAgreement, ServiceAgreementBody>, ServiceAgreementDefinition>();
        builder.Services.AddSingleton<ResourceDefinition<ServiceCorridor, ServiceCorridorBody>, ServiceCorridorDefinition>();
        builder.Services.AddSingleton<ResourceDefinition<ResponsibilitySet, ResponsibilitySetBody>, ResponsibilitySetDefinition>();
        builder.Services.AddSingleton<ResourceDefinition<ClinicalModel, ClinicalModelBody>, ClinicalModelDefinition>();
        builder.Services.AddSingleton<ResourceDefinition<Collaboration, CollaborationBody>, CollaborationDefinition>();
        builder.Services.AddScoped<Hsds.HsdsImporter>();
        Imports.BatchImportExtensions.AddBatchItemHandlers(builder.Services);
        builder.Services.AddScoped<Territories.ReadModel.ITerritoryHierarchyReceiver<Data.InventoryDbContext>, Sites.SiteTerritoryRefresh>();
        return builder;
    }

    /// <summary>The endpoints of every kind of resource, and the program list.</summary>
    public static WebApplication MapInventoryApi(this WebApplication app)
    {
        app.MapResource<Organization, OrganizationBody>("Organizations");
        app.MapResource<Site, SiteBody>("Sites");
        app.MapResource<HealthService, HealthServiceBody>("Services");
        app.MapResource<CapacityRecord, CapacityBody>("Capacity");
        app.MapResource<ServiceAgreement, ServiceAgreementBody>("Service agreements");
        app.MapResource<ServiceCorridor, ServiceCorridorBody>("Service corridors");
        app.MapResource<ResponsibilitySet, ResponsibilitySetBody>("Roles and responsibilities");
        app.MapResource<ClinicalModel, ClinicalModelBody>("Clinical models");
        app.MapResource<Collaboration, CollaborationBody>("Collaborations");
        Hsds.HsdsApi.MapHsdsApi(app);
        Imports.BatchImportApi.MapBatchImportApi(app);
        Fhir.FhirApi.MapFhirApi(app);
        app.MapGet("/gap-inputs", GapInputs.InventorySnapshotQuery.Get).RequireViewer().WithTags("Gap analysis inputs")
            .WithSummary("Every active organisation, site, service, current capacity, agreement, corridor and clinical model in one answer, " +
                "with each one's version and a version of the whole (also its ETag).");
        app.MapGet("/programs", () => TypedResults.Ok(ServicePrograms.All))
            .WithTags("Programs").WithSummary("The nine service-programs with their French and English names.");
        return app;
    }

    private static void MapResource<TEntity, TBody>(this WebApplication app, string tag)
        where TEntity : InventoryEntity, new()
        where TBody : class
    {
        var definition = app.Services.GetRequiredService<ResourceDefinition<TEntity, TBody>>();
        var group = app.MapGroup($"/{definition.Route}").WithTags(tag).RequireViewer();
        group.MapGet("/", ResourceHandlers<TEntity, TBody>.Search)
            .WithSummary($"Search {definition.Route}: q, status, {string.Join(", ", definition.Filters.Order())}, page, pageSize.");
        group.MapGet("/{id:guid}", ResourceHandlers<TEntity, TBody>.Get).WithSummary($"One {definition.Kind}, with its ETag.");
        group.MapPost("/", ResourceHandlers<TEntity, TBody>.Create).Accepts<TBody>("application/json").RequirePlanner()
            .WithSummary($"Create a {definition.Kind}.");
        group.MapPut("/{id:guid}", ResourceHandlers<TEntity, TBody>.Update).Accepts<TBody>("application/json").RequirePlanner()
            .WithSummary($"Replace a {definition.Kind}'s data; If-Match with its ETag is required.");
        group.MapDelete("/{id:guid}", ResourceHandlers<TEntity, TBody>.Retire).RequirePlanner()
            .WithSummary($"Retire a {definition.Kind} (kept, with its history); If-Match with its ETag is required.");
        group.MapGet("/{id:guid}/history", ResourceHandlers<TEntity, TBody>.History)
            .WithSummary($"Who changed the {definition.Kind}, when, and what.");
    }
}
