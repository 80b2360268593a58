using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Engine.Territories;
using ClinicalProject.Statistics;
using ClinicalProject.Statistics.Suppression;

namespace ClinicalProject.PopulationProfiling.Engine.Results;

/// <summary>
/// One indicator in one period, for every territory of the hierarchy (indexed by territory id): counts,
/// figures at 95 % and 99.8 %, comparisons with the parent and the province, suppression, and optionally the
/// deprivation-quintile breakdown.
/// </summary>
public sealed class IndicatorPeriodResult
{
    internal IndicatorPeriodResult(IndicatorDefinition definition, TerritoryTree tree, int periodIndex, string period,
        MeasureColumns territories, ComparisonOutcome[] versusParent, ComparisonOutcome[] versusProvince,
        QuintileBreakdown? quintiles)
    {
        Definition = definition;
        Tree = tree;
        PeriodIndex = periodIndex;
        Period = period;
        Territories = territories;
        VersusParentArray = versusParent;
        VersusProvinceArray = versusProvince;
        Quintiles = quintiles;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The hierarchy the ids refer to.</summary>
    public TerritoryTree Tree { get; }

    /// <summary>Position of the period in the model.</summary>
    public int PeriodIndex { get; }

    /// <summary>The period label.</summary>
    public string Period { get; }

    /// <summary>Figures by territory id.</summary>
    public MeasureColumns Territories { get; }

    /// <summary>Comparison of each territory with its parent (both levels combined; raw).</summary>
    public ReadOnlySpan<ComparisonOutcome> VersusParent => VersusParentArray;

    /// <summary>Comparison of each territory with the province (both levels combined; raw).</summary>
    public ReadOnlySpan<ComparisonOutcome> VersusProvince => VersusProvinceArray;

    /// <summary>The deprivation-quintile breakdown, when asked and the model has quintiles.</summary>
    public QuintileBreakdown? Quintiles { get; }

    internal ComparisonOutcome[] VersusParentArray { get; }

    internal ComparisonOutcome[] VersusProvinceArray { get; }

    /// <summary>A territory's figures as they may leave the service (withheld figures and their comparisons blanked).</summary>
    public TerritoryFigure Published(int territory)
    {
        var shown = Territories.SuppressionArray[territory] == SuppressionStatus.Published;
        return new TerritoryFigure(
            Tree.Codes[territory],
            Tree.Levels[territory],
            Period,
            Definition.Code,
            Territories.Published(territory),
            shown ? VersusParentArray[territory] : ComparisonOutcome.NotCompared,
            shown ? VersusProvinceArray[territory] : ComparisonOutcome.NotCompared);
    }

    /// <summary>A territory's figures by code.</summary>
    public TerritoryFigure Published(string territoryCode) => Published(Tree[territoryCode]);
}
