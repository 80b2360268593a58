namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// The two steps over the reach chunks. Every method is the same computation with its own pair weights:
/// step 1 Dⱼ = Σᵢ Pᵢ uᵢⱼ, Rⱼ = Sⱼ / Dⱼ (0 when Dⱼ = 0); step 2 Aᵢ = Σⱼ Rⱼ vᵢⱼ, where
/// 2SFCA, E2SFCA, Gaussian and gravity take u = v = W(t);
/// 3SFCA u = v = W·G with G = W / Σ_row W (PySAL: the same step weights as decay and selection);
/// balanced u = W / Σ_row W (demand split across the sites an area reaches) and v = W / Σ_column W (a site's ratio
/// split across the areas it reaches), W = 1 within the catchment (Paez, Higgins &amp; Vivona 2019).
/// Weights are recomputed in each step rather than stored (no per-pair buffer); step 1 depends on demand only, so
/// several supply types share it. Partial sums are kept per chunk and added in chunk order, so results do not
/// depend on thread timing.
/// </summary>
internal static class CatchmentKernel
{
    public sealed record Output(double[][] Access, int[] SitesInReach, double[] WeightedDemand, double[][] Ratio,
        int[] AreasInReach, long PairsInReach);

    public static Output Run(ReachChunk[] chunks, int areaCount, int siteCount, double[] demand,
        IReadOnlyList<double[]> supplies, CatchmentParameters parameters) => parameters.Method switch
    {
        CatchmentMethod.EnhancedTwoStep => Run(new StepDecay([.. parameters.StepWeights]), chunks, areaCount, siteCount,
            demand, supplies, parameters),
        CatchmentMethod.ThreeStep => Run(new StepDecay([.. parameters.SelectionWeights]), chunks, areaCount, siteCount,
            demand, supplies, parameters),
        CatchmentMethod.Gaussian => Run(new GaussianDecay(parameters.GaussianBandwidthMinutes), chunks, areaCount,
            siteCount, demand, supplies, parameters),
        CatchmentMethod.Gravity => Run(new GravityDecay(parameters.GravityExponent, parameters.GravityMinimumMinutes),
            chunks, areaCount, siteCount, demand, supplies, parameters),
        _ => Run(new UnitDecay(), chunks, areaCount, siteCount, demand, supplies, parameters),
    };

    private static Output Run<TDecay>(TDecay decay, ReachChunk[] chunks, int areaCount, int siteCount,
        double[] demand, IReadOnlyList<double[]> supplies, CatchmentParameters parameters)
        where TDecay : struct, IDecay
    {
        var catchment = parameters.CatchmentMinutes;
        var method = parameters.Method;
        var normaliseRows = method is CatchmentMethod.ThreeStep or CatchmentMethod.Balanced;
        var squareWeights = method == CatchmentMethod.ThreeStep;
        var balanced = method == CatchmentMethod.Balanced;
        var rowSums = normaliseRows ? new double[areaCount] : null;
        var sitesInReach = new int[areaCount];
        var partialDemand = new double[chunks.Length][];
        var partialColumn = balanced ? new double[chunks.Length][] : null;
        var partialAreas = new int[chunks.Length][];

        // Step 1: weighted demand per site, per chunk.
        Parallel.For(0, chunks.Length, c =>
        {
            var chunk = chunks[c];
            var sums = new double[siteCount];
            var areasInReach = new int[siteCount];
            var column = balanced ? new double[siteCount] : null;
            var sites = chunk.Sites;
            var minutes = chunk.Minutes;
            for (var k = 0; k < chunk.AreaCount; k++)
            {
                var area = chunk.FirstArea + k;
                int start = chunk.AreaStart[k], end = chunk.AreaStart[k + 1];
                var inReach = 0;
                var rowSum = 0.0;
                for (var p = start; p < end; p++)
                {
                    if (minutes[p] <= catchment)
                    {
                        inReach++;
                        areasInReach[sites[p]]++;
                        if (normaliseRows)
                        {
                            rowSum += decay.Weight(minutes[p]);
                        }
                    }
                }

                sitesInReach[area] = inReach;
                if (rowSums is not null)
                {
                    rowSums[area] = rowSum;
                }

                var population = demand[area];
                if (population == 0 && column is null)
                {
                    continue;
                }

                var scale = normaliseRows ? (rowSum > 0 ? population / rowSum : 0) : population;
                for (var p = start; p < end; p++)
                {
                    var t = minutes[p];
                    if (t <= catchment)
                    {
                        var w = decay.Weight(t);
                        sums[sites[p]] += scale * (squareWeights ? w * w : w);
                        if (column is not null)
                        {
                            column[sites[p]] += w;
                        }
                    }
                }
            }

            partialDemand[c] = sums;
            partialAreas[c] = areasInReach;
            if (partialColumn is not null)
            {
                partialColumn[c] = column!;
            }
        });

        var weightedDemand = SumInOrder(partialDemand, siteCount);
        var columnSums = partialColumn is null ? null : SumInOrder(partialColumn, siteCount);
        var areasBySite = new int[siteCount];
        foreach (var counts in partialAreas)
        {
            for (var j = 0; j < siteCount; j++)
            {
                areasBySite[j] += counts[j];
            }
        }

        // Ratios, one row per supply type; for balanced, divided by the column sums once (v = W / Σ_column W).
        var ratios = new double[supplies.Count][];
        var scaled = new double[supplies.Count][];
        for (var s = 0; s < supplies.Count; s++)
        {
            ratios[s] = new double[siteCount];
            scaled[s] = new double[siteCount];
            for (var j = 0; j < siteCount; j++)
            {
                ratios[s][j] = weightedDemand[j] > 0 ? supplies[s][j] / weightedDemand[j] : 0;
                scaled[s][j] = columnSums is null ? ratios[s][j]
                    : columnSums[j] > 0 ? ratios[s][j] / columnSums[j] : 0;
            }
        }

        // Step 2: access per area, every supply type in one pass over the pairs.
        var access = new double[supplies.Count][];
        for (var s = 0; s < supplies.Count; s++)
        {
            access[s] = new double[areaCount];
        }

        Parallel.For(0, chunks.Length, c =>
        {
            var chunk = chunks[c];
            var sites = chunk.Sites;
            var minutes = chunk.Minutes;
            var totals = new double[supplies.Count];
            for (var k = 0; k < chunk.AreaCount; k++)
            {
                var area = chunk.FirstArea + k;
                Array.Clear(totals);
                var rowScale = squareWeights ? (rowSums![area] > 0 ? 1 / rowSums[area] : 0) : 1;
                for (int p = chunk.AreaStart[k], end = chunk.AreaStart[k + 1]; p < end; p++)
                {
                    var t = minutes[p];
                    if (t <= catchment)
                    {
                        var w = decay.Weight(t);
                        var v = squareWeights ? w * w * rowScale : w;
                        var site = sites[p];
                        for (var s = 0; s < totals.Length; s++)
                        {
                            totals[s] += scaled[s][site] * v;
                        }
                    }
                }

                for (var s = 0; s < totals.Length; s++)
                {
                    access[s][area] = totals[s];
                }
            }
        });

        long pairs = 0;
        foreach (var count in sitesInReach)
        {
            pairs += count;
        }

        return new Output(access, sitesInReach, weightedDemand, ratios, areasBySite, pairs);
    }

    private static double[] SumInOrder(double[][] partials, int length)
    {
        var total = new double[length];
        foreach (var partial in partials)
        {
            for (var j = 0; j < length; j++)
            {
                total[j] += partial[j];
            }
        }

        return total;
    }
}
