using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicalProject.ServiceDefaults.OpenApi;

/// <summary>
/// The build-time run of ASP.NET's OpenAPI generator (Microsoft.Extensions.ApiDescription.Server): its
/// <c>GetDocument.Insider</c> process runs a service's entry point with a server that listens nowhere, waits for the
/// application to start, writes the documents and exits. Recognised by the entry assembly's name, as ASP.NET's
/// documentation recommends. Such a run only needs the endpoints: it reaches no broker and no database (the
/// service's wiring skips them), applies no migration, and starts no background work (<see cref="UseDuring"/>).
/// A process started any other way keeps every start-up check.
/// </summary>
public static class OpenApiDocumentGeneration
{
    private const string GeneratorAssemblyName = "GetDocument.Insider";

    /// <summary>The web host's own hosted service: it builds the request pipeline, which copies the endpoints into routing.</summary>
    private const string WebHostServiceName = "Microsoft.AspNetCore.Hosting.GenericWebHostService";

    /// <summary>Whether this process is the build-time generator.</summary>
    public static bool IsRunning { get; } =
        string.Equals(Assembly.GetEntryAssembly()?.GetName().Name, GeneratorAssemblyName, StringComparison.Ordinal);

    /// <summary>
    /// In the generator's run only: the application starts without its background services (outbox dispatcher,
    /// bus, schedulers, import workers), which would reach for a broker or a database that a build does not have.
    /// </summary>
    public static TBuilder UseDuring<TBuilder>(TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (IsRunning)
        {
            builder.ConfigureContainer(new WithoutBackgroundServices());
        }

        return builder;
    }

    private sealed class WithoutBackgroundServices : IServiceProviderFactory<IServiceCollection>
    {
        public IServiceCollection CreateBuilder(IServiceCollection services)
        {
            var background = services
                .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName != WebHostServiceName)
                .ToList();
            foreach (var descriptor in background)
            {
                services.Remove(descriptor);
            }

            return services;
        }

        public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => containerBuilder.BuildServiceProvider();
    }
}
