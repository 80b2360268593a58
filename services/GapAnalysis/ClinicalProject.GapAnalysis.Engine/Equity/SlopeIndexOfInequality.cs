using System.Globalization;
using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Engine.Equity;

/// <summary>
/// Slope and relative index of inequality across deprivation groups, as PHEindicatormethods' <c>phe_sii</c>:
/// with a = each group's population share and b = the midpoint of its cumulative share (groups ordered from most to
/// least deprived), fit y√a = β₀√a + β₁ b√a by least squares; SII = β₁ × multiplier, RII = (β₀ + β₁) / β₀. With
/// <see cref="InequalityOptions.Transform"/>, y is ln (rates) or logit (proportions) and the fitted ends are
/// transformed back. Confidence limits: percentiles of the indices refitted on values drawn from each group's
/// normal distribution (on the value type's scale), seeded.
/// </summary>
public static class SlopeIndexOfInequality
{
    /// <summary>
    /// SII and RII for groups given from MOST to LEAST deprived (INSPQ quintiles: Q5, Q4, Q3, Q2, Q1).
    /// Throws <see cref="InequalityInputException"/> naming the field when the input breaks a rule.
    /// </summary>
    public static InequalityIndices Compute(IReadOnlyList<InequalityGroup> groupsMostToLeastDeprived,
        InequalityOptions? options = null)
    {
        options ??= new InequalityOptions();
        var groups = groupsMostToLeastDeprived;
        Validate(groups, options);
        var n = groups.Count;
        var forward = Scale.For(options.ValueType);
        var back = Scale.Back(options.ValueType);

        // a: population shares; b: midpoints of the cumulative shares (ranks 0 → 1, most → least deprived).
        var total = groups.Sum(g => g.Population);
        var a = new double[n];
        var b = new double[n];
        var cumulative = 0.0;
        for (var k = 0; k < n; k++)
        {
            a[k] = groups[k].Population / total;
            b[k] = cumulative + a[k] / 2;
            cumulative += a[k];
        }

        // Least squares without intercept on x₁ = √a, x₂ = b√a, y = v√a: XᵀX = [[Σa, Σab], [Σab, Σab²]],
        // Xᵀy = [Σav, Σabv]. Each coefficient is a fixed linear combination Σ c_k v_k of the values.
        double saa = 0, sab = 0, sbb = 0;
        for (var k = 0; k < n; k++)
        {
            saa += a[k];
            sab += a[k] * b[k];
            sbb += a[k] * b[k] * b[k];
        }

        var determinant = saa * sbb - sab * sab;
        var c0 = new double[n];
        var c1 = new double[n];
        for (var k = 0; k < n; k++)
        {
            c0[k] = (sbb * a[k] - sab * a[k] * b[k]) / determinant;
            c1[k] = (saa * a[k] * b[k] - sab * a[k]) / determinant;
        }

        // The values the regression sees: transformed when asked, else the values (PHE takes them to the model
        // scale and back, which changes nothing but rounding).
        var fitted = groups.Select(g => options.Transform ? forward(g.Value) : g.Value).ToArray();
        var (beta0, beta1) = Fit(c0, c1, fitted);
        var (siiDraws, riiDraws) = Simulate(groups, options, c0, c1, forward, back);
        var level = new ConfidenceLevel(options.Confidence);
        var (lowerAt, upperAt) = Positions(options.Repetitions, options.Confidence);
        Array.Sort(siiDraws);
        Array.Sort(riiDraws);
        var m = options.Multiplier;

        Estimate sii;
        Estimate? rii;
        double intercept;
        if (!options.Transform)
        {
            sii = new Estimate(m * beta1, siiDraws[lowerAt], siiDraws[upperAt], level.Level, IntervalMethod.Simulation);
            rii = beta0 == 0
                ? null
                : new Estimate(Polarity(m, (beta0 + beta1) / beta0), riiDraws[lowerAt], riiDraws[upperAt], level.Level,
                    IntervalMethod.Simulation);
            intercept = beta0;
        }
        else
        {
            // PHE: limits of the slope on the model scale, centred on the fitted midpoint, transformed back.
            var half = beta0 + beta1 / 2;
            var (siiLow, riiLow) = Ends(half, siiDraws[lowerAt], back);
            var (siiHigh, riiHigh) = Ends(half, siiDraws[upperAt], back);
            var (value, ratio) = Ends(half, beta1, back);
            var low = m < 0 ? siiHigh : siiLow;
            var high = m < 0 ? siiLow : siiHigh;
            sii = new Estimate(value * m, low * m, high * m, level.Level, IntervalMethod.Simulation);
            rii = new Estimate(Polarity(m, ratio), Polarity(m, m < 0 ? riiHigh : riiLow),
                Polarity(m, m < 0 ? riiLow : riiHigh), level.Level, IntervalMethod.Simulation);
            intercept = back(beta0) * Math.Abs(m);
        }

        var method = string.Create(CultureInfo.InvariantCulture,
            $"SII/RII as PHEindicatormethods phe_sii ({options.ValueType}{(options.Transform ? ", transformed" : "")}, multiplier {m}); {level} limits from {options.Repetitions} simulated draws, seed {options.Seed}; ranks from most (0) to least (1) deprived");
        return new InequalityIndices(sii, rii, intercept, options, method);
    }

    private static (double Beta0, double Beta1) Fit(double[] c0, double[] c1, double[] values)
    {
        double beta0 = 0, beta1 = 0;
        for (var k = 0; k < values.Length; k++)
        {
            beta0 += c0[k] * values[k];
            beta1 += c1[k] * values[k];
        }

        return (beta0, beta1);
    }

    /// <summary>Draws on the value type's scale; untransformed fits see the draws taken back to the value scale.</summary>
    private static (double[] Sii, double[] Rii) Simulate(IReadOnlyList<InequalityGroup> groups,
        InequalityOptions options, double[] c0, double[] c1, Func<double, double> forward, Func<double, double> back)
    {
        var n = groups.Count;
        var means = groups.Select(g => forward(g.Value)).ToArray();
        var random = new Random(options.Seed);
        var draws = new double[n];
        var sii = new double[options.Repetitions];
        var rii = new double[options.Repetitions];
        var spare = double.NaN;
        for (var r = 0; r < options.Repetitions; r++)
        {
            for (var k = 0; k < n; k++)
            {
                double z;
                if (!double.IsNaN(spare))
                {
                    z = spare;
                    spare = double.NaN;
                }
                else
                {
                    // Box–Muller: two independent standard normals from two uniforms in (0, 1].
                    var u1 = 1 - random.NextDouble();
                    var u2 = random.NextDouble();
                    var radius = Math.Sqrt(-2 * Math.Log(u1));
                    z = radius * Math.Cos(2 * Math.PI * u2);
                    spare = radius * Math.Sin(2 * Math.PI * u2);
                }

                var draw = means[k] + groups[k].StandardError * z;
                draws[k] = options.Transform ? draw : back(draw);
            }

            var (beta0, beta1) = Fit(c0, c1, draws);
            sii[r] = options.Transform ? beta1 : beta1 * options.Multiplier;
            rii[r] = Polarity(options.Multiplier, (beta0 + beta1) / beta0);
        }

        return (sii, rii);
    }

    /// <summary>The back-transformed difference and ratio between the fitted ends of a slope centred on <paramref name="half"/>.</summary>
    private static (double Difference, double Ratio) Ends(double half, double slope, Func<double, double> back)
    {
        var atZero = back(half - slope / 2);
        var atOne = back(half + slope / 2);
        return (atOne - atZero, atOne / atZero);
    }

    private static double Polarity(double multiplier, double ratio) => multiplier < 0 ? 1 / ratio : ratio;

    /// <summary>PHE's zero-based positions of the limits among the sorted draws: round(N × (1 − c′)), round(N × c′).</summary>
    private static (int Lower, int Upper) Positions(int repetitions, double confidence)
    {
        var upperQuantile = confidence + (1 - confidence) / 2;
        var lower = (int)Math.Round(repetitions * (1 - upperQuantile), MidpointRounding.ToEven);
        var upper = (int)Math.Round(repetitions * upperQuantile, MidpointRounding.ToEven);
        return (Math.Clamp(lower, 1, repetitions) - 1, Math.Clamp(upper, 1, repetitions) - 1);
    }

    private static void Validate(IReadOnlyList<InequalityGroup> groups, InequalityOptions options)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count is < 5 or > 100)
        {
            throw new InequalityInputException("groups", $"Between 5 and 100 groups are required (as phe_sii), not {groups.Count}.");
        }

        if (!Enum.IsDefined(options.ValueType))
        {
            throw new InequalityInputException("options.valueType", $"Unknown value type {(int)options.ValueType}.");
        }

        if (!(options.Confidence > 0 && options.Confidence < 1))
        {
            throw new InequalityInputException("options.confidence", "A confidence level is a fraction strictly between 0 and 1 (0.95).");
        }

        if (options.Repetitions < 1000)
        {
            throw new InequalityInputException("options.repetitions", "At least 1000 repetitions are required.");
        }

        if (!double.IsFinite(options.Multiplier) || options.Multiplier == 0)
        {
            throw new InequalityInputException("options.multiplier", "The multiplier is finite and not 0.");
        }

        for (var k = 0; k < groups.Count; k++)
        {
            var group = groups[k] ?? throw new InequalityInputException($"groups[{k}]", "A group is required.");
            if (!double.IsFinite(group.Population) || group.Population <= 0)
            {
                throw new InequalityInputException($"groups[{k}].population", "A group's population is finite and above 0.");
            }

            if (!double.IsFinite(group.StandardError) || group.StandardError < 0)
            {
                throw new InequalityInputException($"groups[{k}].standardError", "A standard error is finite and ≥ 0.");
            }

            var valid = options.ValueType switch
            {
                InequalityValueType.Rate => group.Value > 0 && double.IsFinite(group.Value),
                InequalityValueType.Proportion => group.Value is > 0 and < 1,
                _ => double.IsFinite(group.Value),
            };
            if (!valid)
            {
                throw new InequalityInputException($"groups[{k}].value", options.ValueType switch
                {
                    InequalityValueType.Rate => "A rate is finite and above 0 (its logarithm is modelled).",
                    InequalityValueType.Proportion => "A proportion lies strictly between 0 and 1 (its logit is modelled).",
                    _ => "A value is finite.",
                });
            }
        }
    }
}
