using MathNet.Numerics.Distributions;

namespace ClinicalProject.Statistics;

/// <summary>
/// A two-sided confidence level such as 0.95 or 0.998, with its normal quantile
/// z = Φ⁻¹(1 − α/2) computed once (1.959964 at 95 %, 3.090232 at 99.8 %).
/// </summary>
public readonly record struct ConfidenceLevel
{
    /// <summary>95 %: the usual "significantly different" level of Fingertips-style comparisons.</summary>
    public static readonly ConfidenceLevel Percent95 = new(0.95);

    /// <summary>99.8 %: the level that refines better/worse into best/worst (about three standard errors).</summary>
    public static readonly ConfidenceLevel Percent99Point8 = new(0.998);

    /// <summary>Creates a level from a fraction strictly between 0 and 1 (0.95, not 95).</summary>
    public ConfidenceLevel(double level)
    {
        // Percentages (95, 99.8) are a frequent slip; refusing them beats silently computing nonsense.
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level,
                "A confidence level is a fraction strictly between 0 and 1, such as 0.95 or 0.998.");
        }

        Level = level;
        Z = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
    }

    /// <summary>The level as a fraction (0.95).</summary>
    public double Level { get; }

    /// <summary>α = 1 − level.</summary>
    public double Alpha => 1 - Level;

    /// <summary>The standard normal quantile Φ⁻¹(1 − α/2).</summary>
    public double Z { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Level * 100:0.###} %";
}
