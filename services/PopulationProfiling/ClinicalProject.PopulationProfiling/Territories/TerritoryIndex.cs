using System.Collections.Frozen;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Territories.Queries;
using ClinicalProject.Territories.ReadModel.Queries;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>
/// A stored hierarchy version in memory, indexed by code: dense arrays (territory i: <see cref="Codes"/>[i],
/// <see cref="Levels"/>[i], <see cref="Parents"/>[i], -1 for the province), sorted by code. What imports look
/// codes up in and what queries walk up from; about 14,000 entries for the whole of Quebec. The engine's
/// <c>Engine.Territories.TerritoryTree</c> is another thing: a hierarchy renumbered leaves first for one-pass
/// roll-ups, built from this for a computation (<c>ProfileInputs.EngineTree</c>).
/// </summary>
public sealed class TerritoryIndex
{
    private readonly FrozenDictionary<string, int> _indexByCode;

    private TerritoryIndex(string version, string contentHash, string[] codes, TerritoryLevel[] levels, int[] parents)
    {
        Version = version;
        ContentHash = contentHash;
        Codes = codes;
        Levels = levels;
        Parents = parents;
        _indexByCode = codes.Select((code, index) => (code, index)).ToFrozenDictionary(p => p.code, p => p.index, StringComparer.Ordinal);
    }

    public string Version { get; }

    public string ContentHash { get; }

    public IReadOnlyList<string> Codes { get; }

    public IReadOnlyList<TerritoryLevel> Levels { get; }

    public IReadOnlyList<int> Parents { get; }

    public int Count => Codes.Count;

    public bool TryGetIndex(string code, out int index) => _indexByCode.TryGetValue(code, out index);

    /// <summary>Without allocating a string: imports look up millions of codes straight from the file's buffer.</summary>
    public bool TryGetIndex(ReadOnlySpan<char> code, out int index) =>
        _indexByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out index);

    /// <summary>The territories of one level, in code order.</summary>
    public IReadOnlyList<int> OfLevel(TerritoryLevel level) =>
        Enumerable.Range(0, Count).Where(i => Levels[i] == level).ToArray();

    /// <summary>The ancestor of <paramref name="index"/> at <paramref name="level"/> (itself at its own level), or -1.</summary>
    public int AncestorAt(int index, TerritoryLevel level)
    {
        while (index >= 0 && Levels[index] > level)
        {
            index = Parents[index];
        }

        return index >= 0 && Levels[index] == level ? index : -1;
    }

    /// <summary>A version (null or blank: the latest imported), or null when there is none.</summary>
    public static async Task<TerritoryIndex?> LoadAsync(ProfilingDbContext db, string? version, CancellationToken cancellationToken)
    {
        var hierarchy = await TerritoryQueryHandlers.ResolveAsync(new ProfilingTerritorySource(db), version, cancellationToken);
        if (hierarchy is null)
        {
            return null;
        }

        var rows = await db.Territories.AsNoTracking()
            .Where(t => t.HierarchyVersion == hierarchy.Version)
            .Select(t => new { t.Code, t.Level, t.ParentCode })
            .ToListAsync(cancellationToken);
        rows.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var codes = rows.Select(r => r.Code).ToArray();
        var index = codes.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i, StringComparer.Ordinal);
        var parents = rows.Select(r => r.ParentCode is null ? -1 : index[r.ParentCode]).ToArray();
        return new TerritoryIndex(hierarchy.Version, hierarchy.ContentHash, codes, rows.Select(r => r.Level).ToArray(), parents);
    }
}
