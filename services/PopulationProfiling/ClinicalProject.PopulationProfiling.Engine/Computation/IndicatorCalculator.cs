using System.Buffers;
using System.Numerics;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Engine.Results;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Engine.Computation;

/// <summary>
/// Computes one indicator for one period: loads the leaves' strata, adds every territory into its parent in
/// one forward pass (children have smaller ids), computes each cell's figure, breaks non-leaf territories
/// down by quintile, compares, and suppresses. Working arrays are pooled.
/// </summary>
internal sealed class IndicatorCalculator
{
    private readonly ProfileModel _model;
    private readonly IndicatorData _input;
    private readonly ProfileOptions _options;
    private readonly SuppressionLayout _layout;
    private readonly bool[] _includedStrata;
    private readonly MeasureCalculator _measure;
    private readonly bool _isMean;

    public IndicatorCalculator(ProfileModel model, IndicatorData input, ProfileOptions options, SuppressionLayout layout)
    {
        _model = model;
        _input = input;
        _options = options;
        _layout = layout;
        var definition = input.Definition;
        var strata = model.Strata;
        Validate(model, input);
        var includedAges = new bool[strata.AgeBandCount];
        for (var a = 0; a < includedAges.Length; a++)
        {
            includedAges[a] = definition.AgeBands is null || definition.AgeBands.Contains(strata.AgeBands[a]);
        }

        _includedStrata = new bool[strata.Count];
        for (var s = 0; s < strata.Count; s++)
        {
            _includedStrata[s] = includedAges[s / strata.SexCount];
        }

        _measure = new MeasureCalculator(definition, strata, includedAges);
        _isMean = definition.Measure == MeasureType.Mean;
    }

    public IndicatorPeriodResult Compute(int period, bool[]? requested)
    {
        var tree = _model.Tree;
        var territories = tree.Count;
        var strata = _model.Strata.Count;
        var size = territories * strata;
        var pool = ArrayPool<double>.Shared;
        var numerators = pool.Rent(size);
        var denominators = pool.Rent(size);
        var sums = _isMean ? pool.Rent(size) : null;
        var squares = _isMean ? pool.Rent(size) : null;
        try
        {
            Load(period, numerators, denominators, sums, squares);
            var parents = tree.Parents;
            for (var t = 0; t < territories - 1; t++)
            {
                var parent = parents[t];
                AddRow(numerators, t, parent, strata);
                AddRow(denominators, t, parent, strata);
                if (_isMean)
                {
                    AddRow(sums!, t, parent, strata);
                    AddRow(squares!, t, parent, strata);
                }
            }

            var reference = ReferenceRates(numerators, denominators, tree.Root, strata);
            var columns = new MeasureColumns(territories, _input.Definition.Multiplier);
            for (var t = 0; t < territories; t++)
            {
                if (requested is null || requested[t])
                {
                    ComputeCell(numerators, denominators, sums, squares, t * strata, strata, reference, columns, t);
                }
                else
                {
                    columns.CountArray[t] = RowSum(numerators, t * strata, strata);
                    columns.DenominatorArray[t] = RowSum(denominators, t * strata, strata);
                }
            }

            var quintiles = _layout.WithQuintiles
                ? Quintiles(numerators, denominators, sums, squares, reference, requested)
                : null;
            // A proportion's denominators are published, so its complements (n − x) are counts to protect too.
            _layout.Suppress(columns, quintiles, _options.Rule, protectComplements: _input.Definition.Measure == MeasureType.Proportion);
            var (versusParent, versusProvince) = Compare(columns, requested);
            return new IndicatorPeriodResult(_input.Definition, tree, period, _model.Periods[period], columns,
                versusParent, versusProvince, quintiles);
        }
        finally
        {
            pool.Return(numerators);
            pool.Return(denominators);
            if (_isMean)
            {
                pool.Return(sums!);
                pool.Return(squares!);
            }
        }
    }

    /// <summary>
    /// The aggregated numerators and denominators of every territory (rows of strata, restricted to the
    /// indicator's age bands) for one period; the arrays are the caller's.
    /// </summary>
    public (double[] Numerators, double[] Denominators) Aggregate(int period)
    {
        var tree = _model.Tree;
        var strata = _model.Strata.Count;
        var numerators = new double[tree.Count * strata];
        var denominators = new double[tree.Count * strata];
        Load(period, numerators, denominators, null, null, loadValues: false);
        for (var t = 0; t < tree.Count - 1; t++)
        {
            AddRow(numerators, t, tree.Parents[t], strata);
            AddRow(denominators, t, tree.Parents[t], strata);
        }

        return (numerators, denominators);
    }

    /// <summary>Whether a stratum counts for this indicator.</summary>
    public bool IsIncluded(int stratum) => _includedStrata[stratum];

    private void Load(int period, double[] numerators, double[] denominators, double[]? sums, double[]? squares,
        bool loadValues = true)
    {
        var tree = _model.Tree;
        var strata = _model.Strata.Count;
        var leafValues = tree.LeafCount * strata;
        var counts = _input.Numerators.Period(period);
        var population = _model.Population.Period(period);
        var ownDenominators = _input.Denominators is null ? default : _input.Denominators.Period(period);
        var isProportion = _input.Definition.Measure == MeasureType.Proportion;
        for (var i = 0; i < leafValues; i++)
        {
            var s = i % strata;
            if (!_includedStrata[s])
            {
                numerators[i] = 0;
                denominators[i] = 0;
                continue;
            }

            double x = counts[i];
            var n = ownDenominators.IsEmpty ? population[i] : ownDenominators[i];
            if (x < 0 || !(n >= 0))
            {
                throw Problem(period, i / strata, s, $"negative or missing value (count {x}, denominator {n}).");
            }

            if (isProportion && x > n)
            {
                throw Problem(period, i / strata, s, $"the numerator ({x}) exceeds the denominator ({n}).");
            }

            numerators[i] = x;
            denominators[i] = n;
        }

        Array.Clear(numerators, leafValues, (tree.Count - tree.LeafCount) * strata);
        Array.Clear(denominators, leafValues, (tree.Count - tree.LeafCount) * strata);
        if (_isMean && loadValues)
        {
            var valueSums = _input.ValueSums!.Period(period);
            var valueSquares = _input.ValueSquareSums!.Period(period);
            for (var i = 0; i < leafValues; i++)
            {
                var included = _includedStrata[i % strata];
                sums![i] = included ? valueSums[i] : 0;
                squares![i] = included ? valueSquares[i] : 0;
            }

            Array.Clear(sums!, leafValues, (tree.Count - tree.LeafCount) * strata);
            Array.Clear(squares!, leafValues, (tree.Count - tree.LeafCount) * strata);
        }
    }

    private double[] ReferenceRates(double[] numerators, double[] denominators, int root, int strata)
    {
        var rates = new double[strata];
        if (_input.Definition.Measure != MeasureType.IndirectlyStandardisedRatio)
        {
            return rates;
        }

        // Indirect standardisation on the province's own age-sex rates of the same period.
        for (var s = 0; s < strata; s++)
        {
            var n = denominators[root * strata + s];
            rates[s] = n > 0 ? numerators[root * strata + s] / n : 0;
        }

        return rates;
    }

    private void ComputeCell(double[] numerators, double[] denominators, double[]? sums, double[]? squares, int offset,
        int strata, double[] reference, MeasureColumns columns, int cell) =>
        _measure.Compute(numerators.AsSpan(offset, strata), denominators.AsSpan(offset, strata),
            sums is null ? default : sums.AsSpan(offset, strata), squares is null ? default : squares.AsSpan(offset, strata),
            reference, columns, cell);

    private QuintileBreakdown Quintiles(double[] numerators, double[] denominators, double[]? sums, double[]? squares,
        double[] reference, bool[]? requested)
    {
        var tree = _model.Tree;
        var strata = _model.Strata.Count;
        var leaves = tree.LeafCount;
        var size = (tree.Count - leaves) * QuintileBreakdown.Slots * strata;
        var qNumerators = new double[size];
        var qDenominators = new double[size];
        var qSums = _isMean ? new double[size] : null;
        var qSquares = _isMean ? new double[size] : null;
        var parents = tree.Parents;
        var quintiles = _model.Quintiles!;
        for (var t = 0; t < tree.Count - 1; t++)
        {
            var parentRow = ((parents[t] - leaves) * QuintileBreakdown.Slots);
            for (var q = 0; q < QuintileBreakdown.Slots; q++)
            {
                // A leaf adds itself to its parent's quintile; a non-leaf adds each of its quintiles.
                if (t < leaves && quintiles[t] != q)
                {
                    continue;
                }

                var from = t < leaves ? t * strata : ((t - leaves) * QuintileBreakdown.Slots + q) * strata;
                var to = (parentRow + q) * strata;
                AddSpan(t < leaves ? numerators : qNumerators, from, qNumerators, to, strata);
                AddSpan(t < leaves ? denominators : qDenominators, from, qDenominators, to, strata);
                if (_isMean)
                {
                    AddSpan(t < leaves ? sums! : qSums!, from, qSums!, to, strata);
                    AddSpan(t < leaves ? squares! : qSquares!, from, qSquares!, to, strata);
                }
            }
        }

        var breakdown = new QuintileBreakdown(tree.Count, leaves, _input.Definition.Multiplier);
        for (var t = leaves; t < tree.Count; t++)
        {
            for (var q = 0; q < QuintileBreakdown.Slots; q++)
            {
                var cell = breakdown.Cell(t, q);
                if (requested is null || requested[t])
                {
                    ComputeCell(qNumerators, qDenominators, qSums, qSquares, cell * strata, strata, reference, breakdown.Columns, cell);
                }
                else
                {
                    breakdown.Columns.CountArray[cell] = RowSum(qNumerators, cell * strata, strata);
                    breakdown.Columns.DenominatorArray[cell] = RowSum(qDenominators, cell * strata, strata);
                }
            }
        }

        return breakdown;
    }

    private (ComparisonOutcome[] Parent, ComparisonOutcome[] Province) Compare(MeasureColumns columns, bool[]? requested)
    {
        var tree = _model.Tree;
        var versusParent = new ComparisonOutcome[tree.Count];
        var versusProvince = new ComparisonOutcome[tree.Count];
        if (_input.Definition.Measure == MeasureType.Count)
        {
            // Counts of territories of different sizes say nothing about each other.
            return (versusParent, versusProvince);
        }

        var polarity = _input.Definition.Polarity;
        var value = columns.ValueArray;
        var root = tree.Root;
        var parents = tree.Parents;
        for (var t = 0; t < root; t++)
        {
            if ((requested is not null && !requested[t]) || columns.StatusArray[t] != MeasureStatus.Calculated)
            {
                continue;
            }

            versusParent[t] = BenchmarkComparison.CompareTwoLevels(columns.Lower95Array[t], columns.Upper95Array[t],
                columns.Lower998Array[t], columns.Upper998Array[t], value[parents[t]], polarity);
            versusProvince[t] = BenchmarkComparison.CompareTwoLevels(columns.Lower95Array[t], columns.Upper95Array[t],
                columns.Lower998Array[t], columns.Upper998Array[t], value[root], polarity);
        }

        return (versusParent, versusProvince);
    }

    private ProfileInputException Problem(int period, int leaf, int stratum, string rule)
    {
        var strata = _model.Strata;
        return new ProfileInputException(_input.Definition.Code, _model.Periods[period], _model.Tree.Codes[leaf],
            $"{strata.AgeBands[stratum / strata.SexCount]}/{strata.Sexes[stratum % strata.SexCount]}", rule);
    }

    private static void Validate(ProfileModel model, IndicatorData input)
    {
        var shape = (model.Periods.Count, model.Tree.LeafCount, model.Strata.Count);
        var code = input.Definition.Code;
        if (!input.Numerators.HasShape(shape.Item1, shape.Item2, shape.Item3) ||
            (input.Denominators is not null && !input.Denominators.HasShape(shape.Item1, shape.Item2, shape.Item3)))
        {
            throw new ProfileInputException(code, null, null, null,
                $"counts must be {shape.Item1} periods × {shape.Item2} leaves × {shape.Item3} strata.");
        }

        if (input.Definition.Measure == MeasureType.Mean &&
            (input.ValueSums is null || input.ValueSquareSums is null ||
             !input.ValueSums.HasShape(shape.Item1, shape.Item2, shape.Item3) ||
             !input.ValueSquareSums.HasShape(shape.Item1, shape.Item2, shape.Item3)))
        {
            throw new ProfileInputException(code, null, null, null, "a mean needs value sums and sums of squares of the counts' shape.");
        }

        if (!(input.Definition.Multiplier > 0) || !double.IsFinite(input.Definition.Multiplier))
        {
            throw new ProfileInputException(code, null, null, null, "the multiplier must be a number > 0.");
        }

        if (input.Definition.AgeBands is { } bands && bands.FirstOrDefault(b => model.Strata.AgeBandIndex(b) < 0) is { } unknown)
        {
            throw new ProfileInputException(code, null, null, null, $"unknown age band '{unknown}'.");
        }
    }

    private static void AddRow(double[] values, int from, int to, int strata) =>
        AddSpan(values, from * strata, values, to * strata, strata);

    private static void AddSpan(double[] source, int from, double[] target, int to, int length)
    {
        var src = source.AsSpan(from, length);
        var dst = target.AsSpan(to, length);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= length - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(dst[i..]) + new Vector<double>(src[i..])).CopyTo(dst[i..]);
            }
        }

        for (; i < length; i++)
        {
            dst[i] += src[i];
        }
    }

    private static double RowSum(double[] values, int offset, int length)
    {
        double total = 0;
        foreach (var v in values.AsSpan(offset, length))
        {
            total += v;
        }

        return total;
    }
}
