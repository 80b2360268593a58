using ClinicalProject.Messaging;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Fhir;
using ClinicalProject.ResourceInventory.GapInputs;
using ClinicalProject.ResourceInventory.Hsds;
using ClinicalProject.ResourceInventory.Imports;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Sites;
using ClinicalProject.ServiceDefaults.Database;
using ClinicalProject.ServiceDefaults.OpenApi;
using ClinicalProject.Territories.ReadModel;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClinicalProject.ResourceInventory;

/// <summary>The service's wiring and its endpoint groups, so Program.cs stays a screen.</summary>
public static class ResourceInventoryServiceExtensions
{
    /// <summary>The inventory's database, territory read model, messaging, resource definitions and JSON conventions.</summary>
    public static WebApplicationBuilder AddResourceInventory(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<WebApplicationBuilder, InventoryDbContext>("inventorydb");
        builder.AddTerritoryReadModel<WebApplicationBuilder, InventoryDbContext>();
        builder.AddMessaging<WebApplicationBuilder, InventoryDbContext>(bus => bus.AddTerritoryReadModelConsumer<InventoryDbContext>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options => InventoryJson.Configure(options.SerializerOptions));
        builder.Services.AddResourceDefinitions();
        builder.Services.AddScoped<HsdsImporter>();
        builder.Services.AddBatchItemHandlers();
        builder.Services.AddScoped<ITerritoryHierarchyReceiver<InventoryDbContext>, SiteTerritoryRefresh>();
        builder.Services.AddServiceOpenApi();
        return builder;
    }

    /// <summary>Every endpoint group of the inventory, and its OpenAPI document (open: the service port is internal).</summary>
    public static WebApplication MapResourceInventoryApi(this WebApplication app)
    {
        app.MapServiceOpenApi();
        app.MapTerritoryReadModelApi();
        app.MapResourcesApi();
        app.MapHsdsApi();
        app.MapBatchImportApi();
        app.MapFhirApi();
        app.MapGapInputsApi();
        return app;
    }
}
