using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Engine.Results;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Engine.Computation;

/// <summary>
/// Turns one cell's strata (already aggregated and restricted to the indicator's age bands) into its
/// figure at 95 % and 99.8 %, by the indicator's method. Allocation-free: writes into the columns.
/// </summary>
internal sealed class MeasureCalculator
{
    private static readonly ConfidenceLevel Narrow = ConfidenceLevel.Percent95;
    private static readonly ConfidenceLevel Wide = ConfidenceLevel.Percent99Point8;

    private readonly IndicatorDefinition _definition;
    private readonly int _sexes;
    private readonly int _ageBands;
    private readonly double[] _ageWeights;
    private readonly double _totalWeight;

    public MeasureCalculator(IndicatorDefinition definition, StrataLayout strata, bool[] includedAgeBands)
    {
        _definition = definition;
        _sexes = strata.SexCount;
        _ageBands = strata.AgeBandCount;
        _ageWeights = new double[_ageBands];
        if (definition.Measure != MeasureType.DirectlyStandardisedRate)
        {
            return;
        }

        // Standard bands are matched to the data's bands by label; excluded bands drop out of Σw, as when
        // PHE standardises under-75 rates on esp2013[1:15].
        var weights = definition.EffectiveStandard.WeightsFor(strata.AgeBands);
        for (var a = 0; a < _ageBands; a++)
        {
            _ageWeights[a] = includedAgeBands[a] ? weights[a] : 0;
            _totalWeight += _ageWeights[a];
        }
    }

    /// <summary>Computes one cell. <paramref name="referenceRates"/> is used by indirect standardisation only.</summary>
    public void Compute(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, ReadOnlySpan<double> sums,
        ReadOnlySpan<double> squares, ReadOnlySpan<double> referenceRates, MeasureColumns columns, int cell)
    {
        var count = Sum(numerators);
        var denominator = Sum(denominators);
        columns.CountArray[cell] = count;
        columns.DenominatorArray[cell] = denominator;
        var multiplier = _definition.Multiplier;
        switch (_definition.Measure)
        {
            case MeasureType.Count:
                Store(columns, cell, count, 1);
                break;
            case MeasureType.CrudeRate when denominator > 0:
                Store(columns, cell, count, multiplier / denominator);
                break;
            case MeasureType.Proportion when denominator > 0:
                StoreProportion(columns, cell, count, denominator, multiplier);
                break;
            case MeasureType.DirectlyStandardisedRate:
                StoreDsr(numerators, denominators, columns, cell, count, multiplier);
                break;
            case MeasureType.IndirectlyStandardisedRatio:
                StoreRatio(denominators, referenceRates, columns, cell, count, multiplier);
                break;
            case MeasureType.Mean when count >= 2:
                StoreMean(columns, cell, count, Sum(sums), Sum(squares));
                break;
            default:
                columns.StatusArray[cell] = MeasureStatus.NotCalculated;
                break;
        }
    }

    /// <summary>A figure proportional to a Poisson count: value and limits are the count's times <paramref name="scale"/>.</summary>
    private static void Store(MeasureColumns columns, int cell, double count, double scale)
    {
        StoreFigure(columns, cell, count * scale,
            PoissonInterval.Lower(count, Narrow) * scale, PoissonInterval.Upper(count, Narrow) * scale,
            PoissonInterval.Lower(count, Wide) * scale, PoissonInterval.Upper(count, Wide) * scale,
            PoissonInterval.MethodFor(count));
    }

    private static void StoreFigure(MeasureColumns columns, int cell, double value, double lower95, double upper95,
        double lower998, double upper998, IntervalMethod method)
    {
        columns.ValueArray[cell] = value;
        columns.Lower95Array[cell] = lower95;
        columns.Upper95Array[cell] = upper95;
        columns.Lower998Array[cell] = lower998;
        columns.Upper998Array[cell] = upper998;
        columns.MethodArray[cell] = method;
        columns.StatusArray[cell] = MeasureStatus.Calculated;
    }

    private static void StoreProportion(MeasureColumns columns, int cell, double count, double denominator, double multiplier)
    {
        var (l95, u95) = Proportion.WilsonLimits(count, denominator, Narrow);
        var (l998, u998) = Proportion.WilsonLimits(count, denominator, Wide);
        StoreFigure(columns, cell, count / denominator * multiplier, l95 * multiplier, u95 * multiplier,
            l998 * multiplier, u998 * multiplier, IntervalMethod.WilsonScore);
    }

    private void StoreDsr(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, MeasureColumns columns,
        int cell, double count, double multiplier)
    {
        var sums = new DsrSums();
        for (var a = 0; a < _ageBands; a++)
        {
            double x = 0, n = 0;
            for (var s = 0; s < _sexes; s++)
            {
                x += numerators[a * _sexes + s];
                n += denominators[a * _sexes + s];
            }

            if (x > 0 && n <= 0)
            {
                // Events with no population in a band: the rate is undefined, not infinite.
                columns.StatusArray[cell] = MeasureStatus.NotCalculated;
                return;
            }

            sums.Add(x, n, _ageWeights[a], a);
        }

        if (count < DirectlyStandardisedRate.MinimumObserved || !(_totalWeight > 0))
        {
            columns.StatusArray[cell] = MeasureStatus.NotCalculated;
            return;
        }

        var (value, l95, u95) = DirectlyStandardisedRate.Limits(sums, Narrow);
        var (_, l998, u998) = DirectlyStandardisedRate.Limits(sums, Wide);
        StoreFigure(columns, cell, value * multiplier, l95 * multiplier, u95 * multiplier,
            l998 * multiplier, u998 * multiplier, IntervalMethod.Dobson);
    }

    private static void StoreRatio(ReadOnlySpan<double> denominators, ReadOnlySpan<double> referenceRates,
        MeasureColumns columns, int cell, double count, double multiplier)
    {
        double expected = 0;
        for (var s = 0; s < denominators.Length; s++)
        {
            expected += referenceRates[s] * denominators[s];
        }

        columns.ExpectedArray[cell] = expected;
        if (!(expected > 0))
        {
            columns.StatusArray[cell] = MeasureStatus.NotCalculated;
            return;
        }

        Store(columns, cell, count, multiplier / expected);
    }

    private static void StoreMean(MeasureColumns columns, int cell, double count, double sum, double squares)
    {
        var narrow = Mean.FromSums(count, sum, squares, Narrow);
        var wide = Mean.FromSums(count, sum, squares, Wide);
        StoreFigure(columns, cell, narrow.Value, narrow.LowerCi, narrow.UpperCi, wide.LowerCi, wide.UpperCi,
            IntervalMethod.StudentT);
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        double total = 0;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }
}
