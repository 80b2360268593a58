using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.ClinicalModels;
using ClinicalProject.ResourceInventory.Corridors;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Responsibilities;
using ClinicalProject.ResourceInventory.Sites;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>The endpoints of every kind of resource (handlers: <see cref="ResourceHandlers{TEntity, TBody}"/>), and the program list.</summary>
public static class ResourcesApi
{
    /// <summary>One resource definition per kind of resource: each kind's route, rules and filters.</summary>
    public static IServiceCollection AddResourceDefinitions(this IServiceCollection services)
    {
        services.AddSingleton<ResourceDefinition<Organization, OrganizationBody>, OrganizationDefinition>();
        services.AddSingleton<ResourceDefinition<Site, SiteBody>, SiteDefinition>();
        services.AddSingleton<ResourceDefinition<HealthService, HealthServiceBody>, HealthServiceDefinition>();
        services.AddSingleton<ResourceDefinition<CapacityRecord, CapacityBody>, CapacityDefinition>();
        services.AddSingleton<ResourceDefinition<ServiceAgreement, ServiceAgreementBody>, ServiceAgreementDefinition>();
        services.AddSingleton<ResourceDefinition<ServiceCorridor, ServiceCorridorBody>, ServiceCorridorDefinition>();
        services.AddSingleton<ResourceDefinition<ResponsibilitySet, ResponsibilitySetBody>, ResponsibilitySetDefinition>();
        services.AddSingleton<ResourceDefinition<ClinicalModel, ClinicalModelBody>, ClinicalModelDefinition>();
        services.AddSingleton<ResourceDefinition<Collaboration, CollaborationBody>, CollaborationDefinition>();
        return services;
    }

    public static WebApplication MapResourcesApi(this WebApplication app)
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
        app.MapGet("/programs", () => TypedResults.Ok(ServicePrograms.All)).RequireViewer()
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
