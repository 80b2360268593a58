using ClinicalProject.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Territories.ReadModel;

/// <summary>
/// Names the queue after the event (the formatter adds this service's prefix), since the consumer's
/// generic type name would make a poor queue name.
/// </summary>
public sealed class TerritoryHierarchyImportedConsumerDefinition<TContext> : ConsumerDefinition<TerritoryHierarchyImportedConsumer<TContext>>
    where TContext : DbContext
{
    public TerritoryHierarchyImportedConsumerDefinition(IEndpointNameFormatter formatter)
    {
        EndpointName = formatter.Message<TerritoryHierarchyImported>();
    }
}
