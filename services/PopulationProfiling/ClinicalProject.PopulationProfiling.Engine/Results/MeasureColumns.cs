using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>
/// Figures of many cells (territories, or territory × quintile cells) as parallel arrays: compact, and
/// cheap to persist column by column. Values are raw; <see cref="Suppression"/> says which may be shown,
/// and <see cref="Published"/> gives a cell with withheld figures blanked.
/// </summary>
public sealed class MeasureColumns
{
    internal MeasureColumns(int cells, double multiplier)
    {
        Multiplier = multiplier;
        CountArray = new double[cells];
        DenominatorArray = new double[cells];
        ExpectedArray = new double[cells];
        ValueArray = new double[cells];
        Lower95Array = new double[cells];
        Upper95Array = new double[cells];
        Lower998Array = new double[cells];
        Upper998Array = new double[cells];
        MethodArray = new IntervalMethod[cells];
        StatusArray = new MeasureStatus[cells];
        SuppressionArray = new SuppressionStatus[cells];
        Array.Fill(ExpectedArray, double.NaN);
        Array.Fill(ValueArray, double.NaN);
        Array.Fill(Lower95Array, double.NaN);
        Array.Fill(Upper95Array, double.NaN);
        Array.Fill(Lower998Array, double.NaN);
        Array.Fill(Upper998Array, double.NaN);
    }

    internal double[] CountArray { get; }
    internal double[] DenominatorArray { get; }
    internal double[] ExpectedArray { get; }
    internal double[] ValueArray { get; }
    internal double[] Lower95Array { get; }
    internal double[] Upper95Array { get; }
    internal double[] Lower998Array { get; }
    internal double[] Upper998Array { get; }
    internal IntervalMethod[] MethodArray { get; }
    internal MeasureStatus[] StatusArray { get; }
    internal SuppressionStatus[] SuppressionArray { get; }

    /// <summary>The multiplier the values carry.</summary>
    public double Multiplier { get; }

    /// <summary>Number of cells.</summary>
    public int Length => CountArray.Length;

    /// <summary>Numerator totals (events; observations for a mean).</summary>
    public ReadOnlySpan<double> Count => CountArray;

    /// <summary>Denominator totals (population, or the proportion's denominators).</summary>
    public ReadOnlySpan<double> Denominator => DenominatorArray;

    /// <summary>Expected events (indirect standardisation only; NaN otherwise).</summary>
    public ReadOnlySpan<double> Expected => ExpectedArray;

    /// <summary>The figure (NaN when not calculated).</summary>
    public ReadOnlySpan<double> Value => ValueArray;

    /// <summary>Lower 95 % limit.</summary>
    public ReadOnlySpan<double> Lower95 => Lower95Array;

    /// <summary>Upper 95 % limit.</summary>
    public ReadOnlySpan<double> Upper95 => Upper95Array;

    /// <summary>Lower 99.8 % limit.</summary>
    public ReadOnlySpan<double> Lower998 => Lower998Array;

    /// <summary>Upper 99.8 % limit.</summary>
    public ReadOnlySpan<double> Upper998 => Upper998Array;

    /// <summary>Interval method per cell.</summary>
    public ReadOnlySpan<IntervalMethod> Method => MethodArray;

    /// <summary>Whether each cell's figure was computed.</summary>
    public ReadOnlySpan<MeasureStatus> Status => StatusArray;

    /// <summary>Whether each cell may be shown.</summary>
    public ReadOnlySpan<SuppressionStatus> Suppression => SuppressionArray;

    /// <summary>The cell's 95 % estimate (raw: check <see cref="Suppression"/> before showing it), or null.</summary>
    public Estimate? At95(int cell) => Estimate(cell, ConfidenceLevel.Percent95, Lower95Array, Upper95Array);

    /// <summary>The cell's 99.8 % estimate (raw), or null.</summary>
    public Estimate? At998(int cell) => Estimate(cell, ConfidenceLevel.Percent99Point8, Lower998Array, Upper998Array);

    /// <summary>The cell as it may leave the service: count and figures null when withheld.</summary>
    public PublishedFigure Published(int cell)
    {
        var shown = SuppressionArray[cell] == SuppressionStatus.Published;
        return new PublishedFigure(
            shown ? CountArray[cell] : null,
            DenominatorArray[cell],
            shown ? At95(cell) : null,
            shown ? At998(cell) : null,
            StatusArray[cell],
            SuppressionArray[cell]);
    }

    /// <summary>Copies one computed cell from another partition's columns (same shape).</summary>
    internal void CopyCell(MeasureColumns source, int cell)
    {
        CountArray[cell] = source.CountArray[cell];
        DenominatorArray[cell] = source.DenominatorArray[cell];
        ExpectedArray[cell] = source.ExpectedArray[cell];
        ValueArray[cell] = source.ValueArray[cell];
        Lower95Array[cell] = source.Lower95Array[cell];
        Upper95Array[cell] = source.Upper95Array[cell];
        Lower998Array[cell] = source.Lower998Array[cell];
        Upper998Array[cell] = source.Upper998Array[cell];
        MethodArray[cell] = source.MethodArray[cell];
        StatusArray[cell] = source.StatusArray[cell];
        SuppressionArray[cell] = source.SuppressionArray[cell];
    }

    private Estimate? Estimate(int cell, ConfidenceLevel level, double[] lower, double[] upper) =>
        StatusArray[cell] == MeasureStatus.Calculated
            ? new Estimate(ValueArray[cell], lower[cell], upper[cell], level.Level, MethodArray[cell])
            : null;
}
