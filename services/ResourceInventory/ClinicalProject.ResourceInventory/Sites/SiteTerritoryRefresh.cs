using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Sites;

/// <summary>
/// When a newer territory hierarchy arrives (new RLS or CLSC boundaries, new DAs), every active site is placed
/// in it again: the territories containing its point and the ancestors of those it serves. A site whose
/// territories change gets a new version, an audit entry by <see cref="Author"/> and a
/// <c>ResourceInventoryChanged</c> event, like any other change; one whose territories stay the same only
/// records the hierarchy version it was checked against. An older version arriving late changes nothing, and
/// so does a newer one without DA centroids (it cannot place sites: see <see cref="TerritoryLookup.PlacingVersionAsync"/>).
/// </summary>
public sealed partial class SiteTerritoryRefresh(ResourceDefinition<Site, SiteBody> sites, TimeProvider clock, ILogger<SiteTerritoryRefresh> logger)
    : ITerritoryHierarchyReceiver<InventoryDbContext>
{
    /// <summary>The author of the changes, in the audit trail.</summary>
    public const string Author = "system:territory-hierarchy";

    public async Task ReceivedAsync(InventoryDbContext db, string hierarchyVersion, CancellationToken cancellationToken)
    {
        if (await TerritoryLookup.LatestVersionAsync(db, cancellationToken) != hierarchyVersion)
        {
            return;
        }

        if (await TerritoryLookup.PlacingVersionAsync(db, cancellationToken) is { } placing && placing != hierarchyVersion)
        {
            LogCannotPlace(hierarchyVersion, placing);
            return;
        }

        var changes = new ChangeSet(db, $"{Author}:{hierarchyVersion}", clock.GetUtcNow().UtcDateTime);
        var stale = await db.Sites
            .Where(s => s.Status == ResourceStatus.Active && (s.TerritoryHierarchyVersion == null || s.TerritoryHierarchyVersion != hierarchyVersion))
            .ToListAsync(cancellationToken);
        foreach (var site in stale)
        {
            var before = sites.ToBody(site);
            await sites.DeriveAsync(site, db, cancellationToken);
            changes.Updated(sites, site, before);
        }

        await changes.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Territory hierarchy {Version} has no DA centroids to place sites with: sites stay placed in {PlacingVersion}")]
    private partial void LogCannotPlace(string version, string placingVersion);
}
