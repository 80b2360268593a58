using System.Numerics;

namespace ClinicalProject.PopulationProfiling.Engine.Inputs;

/// <summary>
/// Dense period × leaf × stratum values (populations, event counts, sums), laid out as
/// [(period × leafCount + leaf) × strataCount + stratum]. int for counts keeps a Quebec-scale indicator
/// (5 × 13,600 × 38) at 10 MB; double for populations and sums.
/// </summary>
public sealed class LeafCube<T> where T : unmanaged, INumber<T>
{
    private readonly T[] _values;

    /// <summary>A cube of zeros.</summary>
    public LeafCube(int periods, int leaves, int strata)
        : this(periods, leaves, strata, new T[checked(periods * leaves * strata)])
    {
    }

    /// <summary>A cube over existing values (not copied).</summary>
    public LeafCube(int periods, int leaves, int strata, T[] values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(leaves, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(strata, 1);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != (long)periods * leaves * strata)
        {
            throw new ArgumentException($"Expected {periods} × {leaves} × {strata} values, got {values.Length}.", nameof(values));
        }

        Periods = periods;
        Leaves = leaves;
        Strata = strata;
        _values = values;
    }

    /// <summary>Number of periods.</summary>
    public int Periods { get; }

    /// <summary>Number of leaves.</summary>
    public int Leaves { get; }

    /// <summary>Number of strata.</summary>
    public int Strata { get; }

    /// <summary>One value.</summary>
    public T this[int period, int leaf, int stratum]
    {
        get => _values[Offset(period, leaf) + stratum];
        set => _values[Offset(period, leaf) + stratum] = value;
    }

    /// <summary>Adds to one value (aggregating record-level events on import).</summary>
    public void Add(int period, int leaf, int stratum, T amount) => _values[Offset(period, leaf) + stratum] += amount;

    /// <summary>The strata of one leaf in one period.</summary>
    public Span<T> Row(int period, int leaf) => _values.AsSpan(Offset(period, leaf), Strata);

    /// <summary>Every leaf's strata in one period, leaf after leaf.</summary>
    public ReadOnlySpan<T> Period(int period) => _values.AsSpan(period * Leaves * Strata, Leaves * Strata);

    /// <summary>Whether the shape matches.</summary>
    public bool HasShape(int periods, int leaves, int strata) => Periods == periods && Leaves == leaves && Strata == strata;

    private int Offset(int period, int leaf)
    {
        if ((uint)period >= (uint)Periods || (uint)leaf >= (uint)Leaves)
        {
            throw new ArgumentOutOfRangeException(nameof(period), $"Period {period} or leaf {leaf} is outside {Periods} × {Leaves}.");
        }

        return (period * Leaves + leaf) * Strata;
    }
}
