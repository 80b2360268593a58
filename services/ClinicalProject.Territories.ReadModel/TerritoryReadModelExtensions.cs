using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Territories.ReadModel.Queries;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicalProject.Territories.ReadModel;

public static class TerritoryReadModelExtensions
{
    public const string DefaultSourceUrl = "http://profiling";

    /// <summary>The territory queries over the read model in <typeparamref name="TContext"/> and the HTTP client that fetches hierarchies from population profiling.</summary>
    public static TBuilder AddTerritoryReadModel<TBuilder, TContext>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        builder.Services.AddScoped<ITerritoryQuerySource>(services => new ReadModelTerritorySource(services.GetRequiredService<TContext>()));
        var source = builder.Configuration["Territories:SourceUrl"];
        var baseAddress = new Uri((string.IsNullOrWhiteSpace(source) ? DefaultSourceUrl : source).TrimEnd('/') + "/");
        // Profiling's hierarchy export needs a viewer: the consumer calls it with the service's own token.
        builder.Services.AddHttpClient<TerritorySourceClient>(http => http.BaseAddress = baseAddress).AddServiceAuthentication();
        return builder;
    }

    /// <summary>Consumes <c>TerritoryHierarchyImported</c> into <typeparamref name="TContext"/>'s read model.</summary>
    public static IBusRegistrationConfigurator AddTerritoryReadModelConsumer<TContext>(this IBusRegistrationConfigurator bus)
        where TContext : DbContext
    {
        bus.AddConsumer<TerritoryHierarchyImportedConsumer<TContext>, TerritoryHierarchyImportedConsumerDefinition<TContext>>();
        return bus;
    }
}
