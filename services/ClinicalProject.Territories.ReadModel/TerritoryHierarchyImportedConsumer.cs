using ClinicalProject.Contracts;
using ClinicalProject.Messaging.Inbox;
using ClinicalProject.Territories.ReadModel.Queries;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClinicalProject.Territories.ReadModel;

/// <summary>
/// Brings a newly imported hierarchy version into this service's read model, once per event, then lets the
/// service's <see cref="ITerritoryHierarchyReceiver{TContext}"/>s react in the same transaction.
/// </summary>
public sealed partial class TerritoryHierarchyImportedConsumer<TContext>(
    TContext db,
    TerritorySourceClient source,
    IEnumerable<ITerritoryHierarchyReceiver<TContext>> receivers,
    ILogger<TerritoryHierarchyImportedConsumer<TContext>> logger)
    : IdempotentConsumer<TerritoryHierarchyImported, TContext>(db)
    where TContext : DbContext
{
    private PublishedHierarchyDto? _published;

    /// <summary>Fetches the hierarchy from its owner before the transaction opens (claim check).</summary>
    protected override async Task PrepareAsync(ConsumeContext<TerritoryHierarchyImported> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var heldHash = await Db.Set<TerritoryHierarchyEntry>().AsNoTracking()
            .Where(h => h.Version == message.HierarchyVersion).Select(h => h.ContentHash)
            .FirstOrDefaultAsync(cancellationToken);
        if (heldHash == message.ContentHash)
        {
            return;
        }

        var published = await source.GetHierarchyAsync(message.HierarchyVersion, cancellationToken);
        if (!string.Equals(published.ContentHash, message.ContentHash, StringComparison.OrdinalIgnoreCase))
        {
            // Versions are immutable at the source, so this is a message from another world (a reset database):
            // fail loudly and let the message go to the error queue for someone to look at.
            throw new InvalidOperationException(
                $"Hierarchy {message.HierarchyVersion}: the event says content {message.ContentHash}, the source serves {published.ContentHash}.");
        }

        _published = published;
    }

    protected override async Task HandleAsync(ConsumeContext<TerritoryHierarchyImported> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var hierarchies = Db.Set<TerritoryHierarchyEntry>();
        var held = await hierarchies.FirstOrDefaultAsync(h => h.Version == message.HierarchyVersion, cancellationToken);
        if (_published is null || (held is not null && held.ContentHash == message.ContentHash))
        {
            return; // already held
        }

        var published = _published;
        if (held is null)
        {
            held = new TerritoryHierarchyEntry { Version = message.HierarchyVersion, ContentHash = published.ContentHash };
            hierarchies.Add(held);
        }
        else
        {
            await Db.Set<TerritoryEntry>().Where(t => t.HierarchyVersion == held.Version).ExecuteDeleteAsync(cancellationToken);
        }

        held.ContentHash = published.ContentHash;
        held.TerritoryCount = published.Territories.Count;
        held.ImportedAtUtc = message.ImportedAt.UtcDateTime;
        held.ReceivedAtUtc = Time.GetUtcNow().UtcDateTime;
        Db.Set<TerritoryEntry>().AddRange(published.Territories.Select(t => new TerritoryEntry
        {
            HierarchyVersion = message.HierarchyVersion,
            Code = t.Code,
            Level = t.Level,
            ParentCode = t.ParentCode,
            NameFr = t.NameFr,
            NameEn = t.NameEn,
            CentroidLatitude = t.CentroidLatitude,
            CentroidLongitude = t.CentroidLongitude,
        }));
        LogReceived(message.HierarchyVersion, published.Territories.Count);
        if (receivers.Any())
        {
            await Db.SaveChangesAsync(cancellationToken); // inside the consumer's transaction
            foreach (var receiver in receivers)
            {
                await receiver.ReceivedAsync(Db, message.HierarchyVersion, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Territory hierarchy {Version} received: {Count} territories")]
    private partial void LogReceived(string version, int count);
}
