using System.Linq.Expressions;
using ClinicalProject.ResourceInventory.Data;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// What the shared create/read/update/retire/search endpoints need to know of one kind of resource: its
/// names, how its submitted data maps to its entity, its validation rules and its search filters.
/// </summary>
public abstract class ResourceDefinition<TEntity, TBody>
    where TEntity : InventoryEntity, new()
    where TBody : class
{
    /// <summary>The kind as events and audit entries name it (<c>organization</c>).</summary>
    public abstract string Kind { get; }

    /// <summary>The route segment (<c>organizations</c>).</summary>
    public abstract string Route { get; }

    /// <summary>The search filters this kind accepts besides q, status and paging (see <see cref="ResourceSearch"/>).</summary>
    public virtual IReadOnlySet<string> Filters { get; } = new HashSet<string>();

    /// <summary>The submitted data as it reads back.</summary>
    public abstract TBody ToBody(TEntity entity);

    /// <summary>Copies validated data onto the entity.</summary>
    public abstract void Apply(TBody body, TEntity entity);

    /// <summary>Rules on the data alone: required fields, lengths, ranges, codes.</summary>
    public abstract void Validate(TBody body, FieldErrors errors);

    /// <summary>Rules that need the database: the ids and territory codes the data refers to.</summary>
    public virtual Task ValidateReferencesAsync(TBody body, Guid? selfId, ReferenceChecker references, FieldErrors errors, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Fields the service derives before saving (a site's territories).</summary>
    public virtual Task DeriveAsync(TEntity entity, InventoryDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The order of search results without a proximity search (the handler adds the id last).</summary>
    public abstract IOrderedQueryable<TEntity> Order(IQueryable<TEntity> query);

    /// <summary>Matches free text (a LIKE pattern such as <c>%mental%</c>) in the kind's names and descriptions.</summary>
    public abstract Expression<Func<TEntity, bool>> MatchesText(string pattern);

    /// <summary>Rules of the kind's own filters (an unknown organisation type).</summary>
    public virtual void ValidateSearch(ResourceSearch search, FieldErrors errors)
    {
    }

    /// <summary>Applies the kind's own filters (those in <see cref="Filters"/>).</summary>
    public virtual IQueryable<TEntity> Filter(IQueryable<TEntity> query, ResourceSearch search, InventoryDbContext db) => query;

    /// <summary>The sites whose distance places this resource (proximity search); empty when proximity does not apply.</summary>
    public virtual IEnumerable<Guid> SitesOf(TEntity entity) => [];
}
