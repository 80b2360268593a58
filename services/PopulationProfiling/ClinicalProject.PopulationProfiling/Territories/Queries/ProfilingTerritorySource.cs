using System.Linq.Expressions;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.Territories.ReadModel;
using ClinicalProject.Territories.ReadModel.Queries;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Territories.Queries;

/// <summary>
/// The shared territory queries over profiling's own tables (the owner's, with geometries), projected into the
/// read model's shape.
/// </summary>
public sealed class ProfilingTerritorySource(ProfilingDbContext db) : ITerritoryQuerySource
{
    /// <summary>
    /// Territory → read-model shape, with the level's name computed in SQL (a CASE over the stored names) so that filters on
    /// the row's other columns still run in the database. Built from <see cref="TerritoryLevels"/>, not written out.
    /// </summary>
    private static readonly Expression<Func<Territory, TerritoryEntry>> ToRow = LevelNamesInlined(t => new TerritoryEntry
    {
        HierarchyVersion = t.HierarchyVersion,
        Code = t.Code,
        Level = LevelName(t.Level),
        ParentCode = t.ParentCode,
        NameFr = t.NameFr,
        NameEn = t.NameEn,
        CentroidLatitude = t.CentroidLatitude,
        CentroidLongitude = t.CentroidLongitude,
        GeometryGeoJson = t.GeometryGeoJson,
    });

    public IQueryable<TerritoryHierarchyEntry> Hierarchies => db.TerritoryHierarchies.AsNoTracking()
        .Select(h => new TerritoryHierarchyEntry
        {
            Version = h.Version,
            TerritoryCount = h.TerritoryCount,
            ContentHash = h.ContentHash,
            ImportedAtUtc = h.ImportedAtUtc,
        });

    public IQueryable<TerritoryEntry> Territories(string version, string? level = null)
    {
        var territories = db.Territories.AsNoTracking().Where(t => t.HierarchyVersion == version);
        if (level is not null && TerritoryLevels.TryParse(level, out var wanted))
        {
            territories = territories.Where(t => t.Level == wanted); // on the stored column: its index serves
        }

        return territories.Select(ToRow);
    }

    /// <summary>A marker the projection's expression replaces; never called.</summary>
    private static string LevelName(TerritoryLevel level) => level.ToName();

    private static Expression<Func<Territory, TerritoryEntry>> LevelNamesInlined(Expression<Func<Territory, TerritoryEntry>> projection) =>
        (Expression<Func<Territory, TerritoryEntry>>)new LevelNameInliner().Visit(projection);

    private sealed class LevelNameInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name != nameof(LevelName) || node.Method.DeclaringType != typeof(ProfilingTerritorySource))
            {
                return base.VisitMethodCall(node);
            }

            var level = Visit(node.Arguments[0]);
            Expression name = Expression.Constant(null, typeof(string));
            foreach (var value in TerritoryLevels.All.Reverse())
            {
                name = Expression.Condition(Expression.Equal(level, Expression.Constant(value)), Expression.Constant(value.ToName()), name);
            }

            return name;
        }
    }
}
