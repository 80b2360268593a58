using ClinicalProject.PopulationProfiling.Engine.Computation;
using ClinicalProject.PopulationProfiling.Engine.Inputs;

namespace ClinicalProject.PopulationProfiling.Engine.Projection;

/// <summary>
/// Projected need: the age-sex-specific rates of a base period (numerator / denominator per stratum)
/// applied to a projected population by stratum give the expected number of events. Projections are
/// usually published for RLS or larger territories, so they are given per territory at any level.
/// </summary>
public static class NeedProjector
{
    /// <summary>Projects the need of every territory in <paramref name="projectedPopulations"/>.</summary>
    /// <param name="model">The model (hierarchy, strata, base populations).</param>
    /// <param name="input">The indicator's counts.</param>
    /// <param name="basePeriod">Position of the period whose rates to apply.</param>
    /// <param name="projectedPopulations">Territory code → projected population per stratum (the model's strata).</param>
    /// <param name="rates">Whose rates to apply; a stratum where that territory has no population falls back to the nearest ancestor that has some.</param>
    public static IReadOnlyList<ProjectedNeed> Project(ProfileModel model, IndicatorData input, int basePeriod,
        IReadOnlyDictionary<string, double[]> projectedPopulations, ProjectionRates? rates = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(projectedPopulations);
        rates ??= ProjectionRates.Own;
        if (basePeriod < 0 || basePeriod >= model.Periods.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(basePeriod), basePeriod, "Not a period of the model.");
        }

        if (input.Definition.Measure == MeasureType.Mean)
        {
            throw new ArgumentException("A mean has no rate to project.", nameof(input));
        }

        var calculator = new IndicatorCalculator(model, input, ProfileOptions.Default, model.LayoutFor(false));
        var (numerators, denominators) = calculator.Aggregate(basePeriod);
        var tree = model.Tree;
        var strata = model.Strata.Count;
        var results = new List<ProjectedNeed>(projectedPopulations.Count);
        foreach (var (code, projected) in projectedPopulations.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var territory = tree.IndexOf(code);
            if (territory < 0)
            {
                throw new ArgumentException($"Unknown territory '{code}' in the projection.", nameof(projectedPopulations));
            }

            if (projected is null || projected.Length != strata || projected.Any(p => !(p >= 0)))
            {
                throw new ArgumentException($"Territory '{code}': one projected population ≥ 0 per stratum ({strata}).",
                    nameof(projectedPopulations));
            }

            var source = rates.AncestorLevel is null ? territory : tree.AncestorAtLevel(territory, rates.AncestorLevel);
            if (source < 0)
            {
                throw new ArgumentException($"Territory '{code}' has no ancestor at level '{rates.AncestorLevel}'.", nameof(rates));
            }

            double expected = 0, baseCount = 0, basePopulation = 0, projectedTotal = 0;
            for (var s = 0; s < strata; s++)
            {
                if (!calculator.IsIncluded(s))
                {
                    continue;
                }

                baseCount += numerators[territory * strata + s];
                basePopulation += denominators[territory * strata + s];
                projectedTotal += projected[s];
                expected += Rate(tree.Parents, numerators, denominators, source, s, strata) * projected[s];
            }

            results.Add(new ProjectedNeed(code, tree.Codes[source], model.Periods[basePeriod], baseCount, basePopulation,
                projectedTotal, expected));
        }

        return results;
    }

    private static double Rate(ReadOnlySpan<int> parents, double[] numerators, double[] denominators, int territory,
        int stratum, int strata)
    {
        for (var t = territory; t >= 0; t = parents[t])
        {
            var n = denominators[t * strata + stratum];
            if (n > 0)
            {
                return numerators[t * strata + stratum] / n;
            }
        }

        return 0;
    }
}
