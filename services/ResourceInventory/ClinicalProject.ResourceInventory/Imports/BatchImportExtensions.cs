using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Imports;

public static class BatchImportExtensions
{
    /// <summary>One batch-item handler per resource definition registered before this call.</summary>
    public static IServiceCollection AddBatchItemHandlers(this IServiceCollection services)
    {
        var definitions = services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(ResourceDefinition<,>))
            .Select(d => d.ServiceType)
            .ToList();
        foreach (var definition in definitions)
        {
            var handler = typeof(BatchItemHandler<,>).MakeGenericType(definition.GetGenericArguments());
            services.AddSingleton(typeof(IBatchItemHandler), handler);
        }

        return services;
    }
}
