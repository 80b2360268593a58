namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Floating catchment area accessibility in one call (2SFCA, E2SFCA, Gaussian, gravity, 3SFCA, balanced). To
/// compute several methods, programs or scenarios on the same points, build a <see cref="CatchmentNetwork"/> once.
/// </summary>
public static class FloatingCatchment
{
    /// <summary>
    /// Accessibility of every area and ratio of every site. Throws <see cref="AccessibilityInputException"/> naming
    /// every bad field and row (negative or non-finite amounts, bad coordinates, duplicate codes or ids, matrix
    /// entries naming unknown points or repeating a pair, bad parameters); nothing is computed then.
    /// </summary>
    public static AccessibilityResult Compute(IReadOnlyList<DemandPoint> demand, IReadOnlyList<SupplyPoint> supply,
        CostSource cost, CatchmentParameters parameters)
    {
        var errors = Validate(demand, supply, cost, parameters);
        if (errors.Count > 0)
        {
            throw new AccessibilityInputException(errors);
        }

        return CatchmentNetwork.Build(demand, supply, cost, parameters.CatchmentMinutes).Compute(parameters);
    }

    /// <summary>Every problem <see cref="Compute"/> would refuse, without computing anything.</summary>
    public static IReadOnlyList<AccessibilityInputError> Validate(IReadOnlyList<DemandPoint> demand,
        IReadOnlyList<SupplyPoint> supply, CostSource cost, CatchmentParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var errors = new List<AccessibilityInputError>();
        InputValidation.AddParameters(errors, parameters);
        var catchment = errors.Count == 0 ? parameters.CatchmentMinutes : double.PositiveInfinity;
        foreach (var error in CatchmentNetwork.Validate(demand, supply, cost, catchment))
        {
            errors.Add(error);
        }

        return errors;
    }
}
