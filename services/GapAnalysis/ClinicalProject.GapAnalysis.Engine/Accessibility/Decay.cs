namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// A distance decay W(t), as a struct so the kernel's loops are compiled once per decay with the call inlined.
/// </summary>
internal interface IDecay
{
    double Weight(double minutes);
}

/// <summary>1 within the catchment (2SFCA, balanced).</summary>
internal readonly struct UnitDecay : IDecay
{
    public double Weight(double minutes) => 1;
}

/// <summary>
/// PySAL's <c>weights.step_fn</c>: the weight of the first band whose bound is ≥ t, else 0. The band is found by
/// counting the bounds below t (no branch to mispredict on random times), then read from the weights with a 0 after.
/// </summary>
internal readonly struct StepDecay(StepWeight[] bands) : IDecay
{
    private readonly double[] _bounds = bands.Select(b => b.UpToMinutes).ToArray();
    private readonly double[] _weights = [.. bands.Select(b => b.Weight), 0];

    public double Weight(double minutes)
    {
        var bounds = _bounds;
        var band = 0;
        for (var k = 0; k < bounds.Length; k++)
        {
            band += minutes > bounds[k] ? 1 : 0;
        }

        return _weights[band];
    }
}

/// <summary>exp(−t²/(2σ²)), PySAL's <c>weights.gaussian(σ)</c>.</summary>
internal readonly struct GaussianDecay(double sigma) : IDecay
{
    private readonly double _twoSigmaSquared = 2 * sigma * sigma;

    public double Weight(double minutes) => Math.Exp(-minutes * minutes / _twoSigmaSquared);
}

/// <summary>max(t, t_min)^(−β), PySAL's <c>weights.gravity(1, −β, t_min)</c>.</summary>
internal readonly struct GravityDecay(double beta, double minimum) : IDecay
{
    public double Weight(double minutes) => Math.Pow(Math.Max(minutes, minimum), -beta);
}
