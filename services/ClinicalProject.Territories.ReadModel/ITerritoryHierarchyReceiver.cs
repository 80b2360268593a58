using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Territories.ReadModel;

/// <summary>
/// What a service does when a new hierarchy version has entered its read model: called by the consumer in
/// the same transaction as the read model's update and the inbox row, after the new territories are saved
/// (so queries see them), so the reaction and the receipt commit or fail together. Register it scoped.
/// </summary>
public interface ITerritoryHierarchyReceiver<in TContext>
    where TContext : DbContext
{
    Task ReceivedAsync(TContext db, string hierarchyVersion, CancellationToken cancellationToken);
}
