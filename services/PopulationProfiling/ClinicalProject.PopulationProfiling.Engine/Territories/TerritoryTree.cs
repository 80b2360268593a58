using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Engine.Territories;

/// <summary>
/// A territory hierarchy numbered for dense arrays. Leaves (territories without children, normally the
/// DAs) get ids 0 … <see cref="LeafCount"/> − 1 in the order given, and input data are indexed by leaf id;
/// the other territories follow, deepest first, so that every child has a smaller id than its parent and
/// one forward pass adds each territory into its parent. The root (the province) is last.
/// </summary>
public sealed class TerritoryTree
{
    private readonly string[] _codes;
    private readonly string[] _levels;
    private readonly int[] _parents;
    private readonly int[] _depths;
    private readonly Dictionary<string, int> _index;

    /// <summary>Numbers a hierarchy; throws on duplicate codes, unknown parents, cycles or several roots.</summary>
    public TerritoryTree(IReadOnlyList<TerritoryNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0)
        {
            throw new ArgumentException("A territory hierarchy needs at least one territory.", nameof(nodes));
        }

        var byCode = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(nodes[i].Code) || !byCode.TryAdd(nodes[i].Code, i))
            {
                throw new ArgumentException($"Territory {i + 1}: code '{nodes[i].Code}' is empty or repeated.", nameof(nodes));
            }
        }

        var parentOf = new int[nodes.Count];
        var hasChildren = new bool[nodes.Count];
        var roots = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].ParentCode is null)
            {
                parentOf[i] = -1;
                roots++;
                continue;
            }

            if (!byCode.TryGetValue(nodes[i].ParentCode!, out var parent))
            {
                throw new ArgumentException($"Territory '{nodes[i].Code}': unknown parent '{nodes[i].ParentCode}'.", nameof(nodes));
            }

            parentOf[i] = parent;
            hasChildren[parent] = true;
        }

        if (roots != 1)
        {
            throw new ArgumentException($"A territory hierarchy has exactly one root (the province); found {roots}.", nameof(nodes));
        }

        var depthOf = ComputeDepths(nodes, parentOf);
        // Leaves in input order, then the others deepest first (stable), root last.
        var order = Enumerable.Range(0, nodes.Count).Where(i => !hasChildren[i])
            .Concat(Enumerable.Range(0, nodes.Count).Where(i => hasChildren[i]).OrderByDescending(i => depthOf[i]))
            .ToArray();
        if (nodes.Count > 1 && parentOf[order[^1]] != -1)
        {
            throw new ArgumentException("The root must have children when the hierarchy has more than one territory.", nameof(nodes));
        }

        var newId = new int[nodes.Count];
        for (var id = 0; id < order.Length; id++)
        {
            newId[order[id]] = id;
        }

        _codes = new string[nodes.Count];
        _levels = new string[nodes.Count];
        _parents = new int[nodes.Count];
        _depths = new int[nodes.Count];
        _index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var id = 0; id < order.Length; id++)
        {
            var original = order[id];
            _codes[id] = nodes[original].Code;
            _levels[id] = nodes[original].Level;
            _parents[id] = parentOf[original] < 0 ? -1 : newId[parentOf[original]];
            _depths[id] = depthOf[original];
            _index[_codes[id]] = id;
        }

        LeafCount = hasChildren.Count(h => !h);
        Root = nodes.Count - 1;
        Suppression = AdditiveStructure.FromParents(_parents);
    }

    /// <summary>Number of territories.</summary>
    public int Count => _codes.Length;

    /// <summary>Number of leaves; leaf ids are 0 … LeafCount − 1.</summary>
    public int LeafCount { get; }

    /// <summary>Id of the root (the province): always the last.</summary>
    public int Root { get; }

    /// <summary>Codes by id.</summary>
    public IReadOnlyList<string> Codes => _codes;

    /// <summary>Level names by id.</summary>
    public IReadOnlyList<string> Levels => _levels;

    /// <summary>Parent id by id (−1 for the root).</summary>
    public ReadOnlySpan<int> Parents => _parents;

    /// <summary>Depth by id (root 0).</summary>
    public ReadOnlySpan<int> Depths => _depths;

    /// <summary>The hierarchy's additive relations (each parent = Σ children), for secondary suppression.</summary>
    public AdditiveStructure Suppression { get; }

    /// <summary>Whether an id is a leaf.</summary>
    public bool IsLeaf(int id) => id < LeafCount;

    /// <summary>The id of a code, or −1.</summary>
    public int IndexOf(string code) => _index.TryGetValue(code, out var id) ? id : -1;

    /// <summary>The id of a code; throws when unknown.</summary>
    public int this[string code] => _index.TryGetValue(code, out var id)
        ? id
        : throw new KeyNotFoundException($"Unknown territory '{code}'.");

    /// <summary>The id of the nearest ancestor (or the territory itself) whose level is <paramref name="level"/>, or −1.</summary>
    public int AncestorAtLevel(int id, string level)
    {
        for (var t = id; t >= 0; t = _parents[t])
        {
            if (string.Equals(_levels[t], level, StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return -1;
    }

    private static int[] ComputeDepths(IReadOnlyList<TerritoryNode> nodes, int[] parentOf)
    {
        var depth = Enumerable.Repeat(-1, nodes.Count).ToArray();
        var path = new List<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            path.Clear();
            var t = i;
            while (t >= 0 && depth[t] < 0)
            {
                if (path.Count > nodes.Count)
                {
                    throw new ArgumentException($"The hierarchy has a cycle through '{nodes[i].Code}'.", nameof(nodes));
                }

                path.Add(t);
                t = parentOf[t];
            }

            var d = t < 0 ? -1 : depth[t];
            for (var k = path.Count - 1; k >= 0; k--)
            {
                depth[path[k]] = ++d;
            }
        }

        return depth;
    }
}
