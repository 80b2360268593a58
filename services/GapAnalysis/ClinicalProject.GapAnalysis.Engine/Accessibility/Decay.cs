using System.Numerics;

namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// A distance decay W(t), as a struct so the kernel's loops are compiled once per decay with the call inlined.
/// <see cref="Weights"/> fills the weights of one area's pairs at once (vectorised where the decay allows).
/// </summary>
internal interface IDecay
{
    double Weight(double minutes);

    void Weights(ReadOnlySpan<double> minutes, Span<double> weights);
}

/// <summary>The one-at-a-time fill, for decays with no vector form.</summary>
internal static class DecayFill
{
    public static void EachWeight<TDecay>(TDecay decay, ReadOnlySpan<double> minutes, Span<double> weights)
        where TDecay : struct, IDecay
    {
        for (var p = 0; p < minutes.Length; p++)
        {
            weights[p] = decay.Weight(minutes[p]);
        }
    }
}

/// <summary>1 within the catchment (2SFCA, balanced).</summary>
internal readonly struct UnitDecay : IDecay
{
    public double Weight(double minutes) => 1;

    public void Weights(ReadOnlySpan<double> minutes, Span<double> weights) => weights[..minutes.Length].Fill(1);
}

/// <summary>
/// PySAL's <c>weights.step_fn</c>: the weight of the first band whose bound is ≥ t, else 0. One at a time, the band
/// is found by counting the bounds below t (no branch to mispredict on random times), then read from the weights
/// with a 0 after; a row at once, a vector of times at a time, by selecting, from the last band to the first, the band's
/// weight where t is within its bound (the same weights, exactly).
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

    public void Weights(ReadOnlySpan<double> minutes, Span<double> weights)
    {
        var p = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; p + Vector<double>.Count <= minutes.Length; p += Vector<double>.Count)
            {
                var t = new Vector<double>(minutes.Slice(p, Vector<double>.Count));
                var weight = Vector<double>.Zero;
                for (var k = _bounds.Length - 1; k >= 0; k--)
                {
                    weight = Vector.ConditionalSelect(Vector.LessThanOrEqual(t, new Vector<double>(_bounds[k])),
                        new Vector<double>(_weights[k]), weight);
                }

                weight.CopyTo(weights[p..]);
            }
        }

        for (; p < minutes.Length; p++)
        {
            weights[p] = Weight(minutes[p]);
        }
    }
}

/// <summary>
/// exp(−t²/(2σ²)), PySAL's <c>weights.gaussian(σ)</c>. A row's weights come a vector at a time from the
/// runtime's vector exponential (within 2 units in the last place of <see cref="Math.Exp"/>), the rest one by one.
/// </summary>
internal readonly struct GaussianDecay(double sigma) : IDecay
{
    private readonly double _twoSigmaSquared = 2 * sigma * sigma;

    public double Weight(double minutes) => Math.Exp(-minutes * minutes / _twoSigmaSquared);

    public void Weights(ReadOnlySpan<double> minutes, Span<double> weights)
    {
        var p = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var divisor = new Vector<double>(_twoSigmaSquared);
            for (; p + Vector<double>.Count <= minutes.Length; p += Vector<double>.Count)
            {
                var t = new Vector<double>(minutes.Slice(p, Vector<double>.Count));
                Vector.Exp(-t * t / divisor).CopyTo(weights[p..]);
            }
        }

        for (; p < minutes.Length; p++)
        {
            weights[p] = Weight(minutes[p]);
        }
    }
}

/// <summary>max(t, t_min)^(−β), PySAL's <c>weights.gravity(1, −β, t_min)</c>.</summary>
internal readonly struct GravityDecay(double beta, double minimum) : IDecay
{
    public double Weight(double minutes) => Math.Pow(Math.Max(minutes, minimum), -beta);

    public void Weights(ReadOnlySpan<double> minutes, Span<double> weights) => DecayFill.EachWeight(this, minutes, weights);
}
