using ClinicalProject.ResourceInventory.Capacity;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Inventory;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Sites;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// Imports an HSDS package all or nothing: every row is read and every resource validated (its own rules and its
/// references, which may point into the same package) before anything is written; then each resource is
/// created, or updated when its id exists (the package is the newer truth; resources it does not name are left
/// alone), in one transaction with its audit entries and the events. An update that would take data away from a
/// resource (see <see cref="HsdsRemovals"/>) refuses the whole import unless removals are allowed.
/// </summary>
public sealed class HsdsImporter(
    InventoryDbContext db,
    ResourceDefinition<Organization, OrganizationBody> organizations,
    ResourceDefinition<Site, SiteBody> sites,
    ResourceDefinition<HealthService, HealthServiceBody> services,
    ResourceDefinition<CapacityRecord, CapacityBody> capacities)
{
    public async Task<(HsdsImportSummary? Summary, IReadOnlyList<ImportError> Errors)> ImportAsync(
        HsdsPackage package, ChangeSet changes, bool allowRemovals, CancellationToken cancellationToken)
    {
        var mapped = HsdsMapper.Map(package);
        var errors = mapped.Errors.ToList();
        var references = new ReferenceChecker(db);
        references.AddPending<Organization>(mapped.Organizations.Select(e => e.Id));
        references.AddPending<Site>(mapped.Sites.Select(e => e.Id));
        references.AddPending<HealthService>(mapped.Services.Select(e => e.Id));
        await ValidateAsync(organizations, mapped.Organizations, references, errors, cancellationToken);
        await ValidateAsync(sites, mapped.Sites, references, errors, cancellationToken);
        await ValidateAsync(services, mapped.Services, references, errors, cancellationToken);
        await ValidateAsync(capacities, mapped.Capacities, references, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Row).ToList());
        }

        var counts = new List<HsdsImportCount>
        {
            await ApplyAsync(organizations, mapped.Organizations, changes, allowRemovals, errors, cancellationToken),
            await ApplyAsync(sites, mapped.Sites, changes, allowRemovals, errors, cancellationToken),
            await ApplyAsync(services, mapped.Services, changes, allowRemovals, errors, cancellationToken),
            await ApplyAsync(capacities, mapped.Capacities, changes, allowRemovals, errors, cancellationToken),
        };
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        await changes.CommitAsync(cancellationToken);
        return (new HsdsImportSummary(counts, changes.Changes.Count), []);
    }

    private static async Task ValidateAsync<TEntity, TBody>(
        ResourceDefinition<TEntity, TBody> definition, IReadOnlyList<HsdsEntry<TBody>> entries, ReferenceChecker references,
        List<ImportError> errors, CancellationToken cancellationToken)
        where TEntity : InventoryEntity, new()
        where TBody : class
    {
        foreach (var entry in entries)
        {
            var fieldErrors = new FieldErrors();
            definition.Validate(entry.Body, fieldErrors);
            if (!fieldErrors.HasErrors)
            {
                await definition.ValidateReferencesAsync(entry.Body, entry.Id, references, fieldErrors, cancellationToken);
            }

            errors.AddRange(fieldErrors.Entries.Select(e =>
                HsdsErrors.At(entry.Source.File, entry.Source.Row, HsdsFieldReader.SnakeCase(e.Field), null, e.Rule, e.Message)));
        }
    }

    private async Task<HsdsImportCount> ApplyAsync<TEntity, TBody>(
        ResourceDefinition<TEntity, TBody> definition, IReadOnlyList<HsdsEntry<TBody>> entries, ChangeSet changes, bool allowRemovals,
        List<ImportError> errors, CancellationToken cancellationToken)
        where TEntity : InventoryEntity, new()
        where TBody : class
    {
        var ids = entries.Select(e => e.Id).ToList();
        var existing = await db.Set<TEntity>().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var entry in entries)
        {
            if (existing.TryGetValue(entry.Id, out var entity))
            {
                if (entity.Status == ResourceStatus.Retired)
                {
                    errors.Add(HsdsErrors.At(entry.Source.File, entry.Source.Row, "id", entry.Id.ToString(), "resource-retired",
                        $"The {definition.Kind} {entry.Id} is retired; it is kept for its history and cannot be imported over."));
                    continue;
                }

                var before = definition.ToBody(entity);
                definition.Apply(entry.Body, entity);
                if (!allowRemovals)
                {
                    // Compared before deriving: derived fields (a site's territories) are the service's, not the package's.
                    errors.AddRange(HsdsRemovals.Find(before, definition.ToBody(entity)).Select(r =>
                        HsdsErrors.At(entry.Source.File, entry.Source.Row, HsdsFieldReader.SnakeCase(r.Field), r.Was, HsdsRemovals.Rule,
                            $"The import would remove the {definition.Kind}'s {r.Field} ({r.Was}); send allowRemovals=true to remove it.")));
                }

                await definition.DeriveAsync(entity, db, cancellationToken);
                if (changes.Updated(definition, entity, before))
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
            else
            {
                entity = new TEntity { Id = entry.Id };
                definition.Apply(entry.Body, entity);
                await definition.DeriveAsync(entity, db, cancellationToken);
                changes.Created(definition, entity);
                created++;
            }
        }

        return new HsdsImportCount(definition.Kind, created, updated, unchanged);
    }
}
