namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>The distance decay W(t) of each method, for a travel time already within the catchment.</summary>
internal static class DecayWeight
{
    public static Func<double, double> For(CatchmentParameters parameters)
    {
        switch (parameters.Method)
        {
            case CatchmentMethod.EnhancedTwoStep:
                return Steps(parameters.StepWeights);
            case CatchmentMethod.ThreeStep:
                return Steps(parameters.SelectionWeights);
            case CatchmentMethod.Gaussian:
                var twoSigmaSquared = 2 * parameters.GaussianBandwidthMinutes * parameters.GaussianBandwidthMinutes;
                return t => Math.Exp(-t * t / twoSigmaSquared);
            case CatchmentMethod.Gravity:
                var beta = parameters.GravityExponent;
                var minimum = parameters.GravityMinimumMinutes;
                return t => Math.Pow(Math.Max(t, minimum), -beta);
            default:
                return static _ => 1;
        }
    }

    /// <summary>PySAL's <c>weights.step_fn</c>: the weight of the first band whose bound is ≥ t, else 0.</summary>
    public static double Step(StepWeight[] bands, double minutes)
    {
        foreach (var band in bands)
        {
            if (minutes <= band.UpToMinutes)
            {
                return band.Weight;
            }
        }

        return 0;
    }

    private static Func<double, double> Steps(IReadOnlyList<StepWeight> steps)
    {
        var bands = steps.ToArray();
        return t => Step(bands, t);
    }
}
