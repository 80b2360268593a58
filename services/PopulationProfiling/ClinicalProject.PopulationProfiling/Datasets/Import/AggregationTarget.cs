using System.Collections.Concurrent;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Territories;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// The dense count blocks of one import and what every reader of its file shares: thread-safe, so parts of a
/// large file can be read on several cores into the same blocks.
/// </summary>
internal sealed class AggregationTarget(
    DatasetKind kind, TerritoryIndex tree, IReadOnlySet<RecordField> fields, IReadOnlyList<string> countIndicators, IReadOnlySet<string> populationIndicators)
{
    private readonly ConcurrentDictionary<long, AggregateSlice> _slices = new();
    private readonly Lock _gate = new();
    private int[] _localIndex = [];
    private int _levelCount;
    private int _baseLevel = -1; // a TerritoryLevel once set; an int so it can be read without the lock

    public DatasetKind Kind { get; } = kind;

    public TerritoryIndex Tree { get; } = tree;

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Indicators { get; } = countIndicators.Select((code, index) => (code, index))
        .ToDictionary(p => p.code, p => p.index, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlySet<string> PopulationIndicators { get; } = populationIndicators;

    /// <summary>The tree's codes (to tree indices) for readers that parse the file's UTF-8 bytes.</summary>
    public Utf8Lookup TerritoryBytes { get; } = new(tree.Codes.Select((code, index) => KeyValuePair.Create(code, index)));

    /// <summary>The count indicators' codes (to <see cref="Indicators"/>' indices) likewise.</summary>
    public Utf8Lookup IndicatorBytes { get; } = new(countIndicators.Select((code, index) => KeyValuePair.Create(code, index)));

    public int IndicatorCount { get; } = Math.Max(1, countIndicators.Count);

    /// <summary>Events and files with an <c>age</c> column give single years, which add up into bands.</summary>
    public bool SingleYears { get; } = kind == DatasetKind.Events || fields.Contains(RecordField.Age);

    /// <summary>Bands given as such must each appear once.</summary>
    public bool CheckDuplicates => !SingleYears;

    public TerritoryLevel? BaseLevel => Volatile.Read(ref _baseLevel) is var level and >= 0 ? (TerritoryLevel)level : null;

    public bool IsEmpty => _slices.IsEmpty;

    /// <summary>The file's level: the first territory read sets it.</summary>
    public TerritoryLevel EnsureBaseLevel(TerritoryLevel level)
    {
        if (BaseLevel is { } known)
        {
            return known;
        }

        lock (_gate)
        {
            if (_baseLevel < 0)
            {
                var members = Tree.OfLevel(level);
                var local = new int[Tree.Count];
                Array.Fill(local, -1);
                for (var i = 0; i < members.Count; i++)
                {
                    local[members[i]] = i;
                }

                (_localIndex, _levelCount) = (local, members.Count);
                Volatile.Write(ref _baseLevel, (int)level);
            }

            return (TerritoryLevel)_baseLevel;
        }
    }

    /// <summary>A base-level territory's position among its level (code order): its block row.</summary>
    public int LocalIndex(int treeIndex) => _localIndex[treeIndex];

    /// <summary>The block row of a territory at the file's level, or -1 (another level, or no level set yet).</summary>
    public int BaseLevelIndex(int treeIndex) => BaseLevel is null ? -1 : _localIndex[treeIndex];

    public AggregateSlice SliceFor(int period, int indicator)
    {
        var key = ((long)period << 32) | (uint)indicator;
        return _slices.TryGetValue(key, out var slice)
            ? slice
            : _slices.GetOrAdd(key, _ => new AggregateSlice(period,
                Kind is DatasetKind.Numerators or DatasetKind.Events ? countIndicators[indicator] : string.Empty,
                _levelCount * Strata.PerTerritory, CheckDuplicates));
    }

    public AggregatedDataset Complete(long rows)
    {
        var ordered = _slices.Values.OrderBy(s => s.Period).ThenBy(s => s.IndicatorCode, StringComparer.Ordinal).ToList();
        var totals = new long[ordered.Count];
        Parallel.For(0, ordered.Count, i => totals[i] = ordered[i].Total());
        var slices = ordered.Select((s, i) => new AggregatedSlice(s.Period, s.IndicatorCode, s.Cells, totals[i])).ToList();
        return new AggregatedDataset(Kind, Tree.Version, BaseLevel ?? TerritoryLevel.Da, _levelCount, rows, slices);
    }
}
