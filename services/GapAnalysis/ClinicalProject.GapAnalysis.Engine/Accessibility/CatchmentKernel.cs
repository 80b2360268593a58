namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// The two steps over the reach chunks. Every method is the same computation with its own pair weights:
/// step 1 Dⱼ = Σᵢ Pᵢ uᵢⱼ, Rⱼ = Sⱼ / Dⱼ (0 when Dⱼ = 0); step 2 Aᵢ = Σⱼ Rⱼ vᵢⱼ, where
/// 2SFCA, E2SFCA, Gaussian and gravity take u = v = W(t);
/// 3SFCA u = v = W·G with G = W / Σ_row W (PySAL: the same step weights as decay and selection);
/// balanced u = W / Σ_row W (demand split across the sites an area reaches) and v = W / Σ_column W (a site's ratio
/// split across the areas it reaches), W = 1 within the catchment (Paez, Higgins &amp; Vivona 2019).
/// Weights are recomputed in each step, one area's row at a time into a buffer of the row's length (vectorised where
/// the decay allows), rather than stored per pair; step 1 depends on demand only, so several supply types share it. Partial sums are kept per chunk and added in chunk order, so results do not
/// depend on thread timing. A pair beyond a narrower catchment than the network's gets weight 0, which adds nothing.
/// </summary>
internal static class CatchmentKernel
{
    public sealed record Output(double[][] Access, double[] WeightedDemand, double[][] Ratio);

    public static Output Run(ReachChunk[] chunks, int areaCount, int siteCount, double[] demand,
        IReadOnlyList<double[]> supplies, CatchmentParameters parameters, bool everyPairWithin) => parameters.Method switch
    {
        CatchmentMethod.EnhancedTwoStep => Run(new StepDecay([.. parameters.StepWeights]), chunks, areaCount, siteCount,
            demand, supplies, parameters, everyPairWithin),
        CatchmentMethod.ThreeStep => Run(new StepDecay([.. parameters.SelectionWeights]), chunks, areaCount, siteCount,
            demand, supplies, parameters, everyPairWithin),
        CatchmentMethod.Gaussian => Run(new GaussianDecay(parameters.GaussianBandwidthMinutes), chunks, areaCount,
            siteCount, demand, supplies, parameters, everyPairWithin),
        CatchmentMethod.Gravity => Run(new GravityDecay(parameters.GravityExponent, parameters.GravityMinimumMinutes),
            chunks, areaCount, siteCount, demand, supplies, parameters, everyPairWithin),
        _ => Run(new UnitDecay(), chunks, areaCount, siteCount, demand, supplies, parameters, everyPairWithin),
    };

    private static Output Run<TDecay>(TDecay decay, ReachChunk[] chunks, int areaCount, int siteCount,
        double[] demand, IReadOnlyList<double[]> supplies, CatchmentParameters parameters, bool everyPairWithin)
        where TDecay : struct, IDecay
    {
        // +∞ when the catchment is the network's own: every stored pair is within it, and RowWeights tests nothing.
        var catchment = everyPairWithin ? double.PositiveInfinity : parameters.CatchmentMinutes;
        var method = parameters.Method;
        var normaliseRows = method is CatchmentMethod.ThreeStep or CatchmentMethod.Balanced;
        var squareWeights = method == CatchmentMethod.ThreeStep;
        var balanced = method == CatchmentMethod.Balanced;
        var rowSums = normaliseRows ? new double[areaCount] : null;
        var partialDemand = new double[chunks.Length][];
        var partialColumn = balanced ? new double[chunks.Length][] : null;

        // Step 1: weighted demand per site, per chunk.
        Parallel.For(0, chunks.Length, c =>
        {
            var chunk = chunks[c];
            var sums = new double[siteCount];
            var column = balanced ? new double[siteCount] : null;
            var sites = chunk.Sites.Span;
            var minutes = chunk.Minutes.Span;
            var weights = new double[chunk.LongestRow];
            for (var k = 0; k < chunk.AreaCount; k++)
            {
                var area = chunk.FirstArea + k;
                var start = chunk.AreaStart[k];
                var row = RowWeights(decay, chunk, minutes, k, catchment, weights);
                var scale = demand[area];
                if (normaliseRows)
                {
                    var rowSum = 0.0;
                    foreach (var w in row)
                    {
                        rowSum += w;
                    }

                    rowSums![area] = rowSum;
                    scale = rowSum > 0 ? scale / rowSum : 0;
                }

                if (scale == 0 && column is null)
                {
                    continue;
                }

                for (var q = 0; q < row.Length; q++)
                {
                    var w = row[q];
                    var site = sites[start + q];
                    sums[site] += scale * (squareWeights ? w * w : w);
                    if (column is not null)
                    {
                        column[site] += w;
                    }
                }
            }

            partialDemand[c] = sums;
            if (partialColumn is not null)
            {
                partialColumn[c] = column!;
            }
        });

        var weightedDemand = SumInOrder(partialDemand, siteCount);
        var columnSums = partialColumn is null ? null : SumInOrder(partialColumn, siteCount);

        // Ratios per supply type; the factor step 2 applies per site, interleaved by site so one pair reads one
        // cache line for every supply type (balanced: divided by the column sums once, v = W / Σ_column W).
        var types = supplies.Count;
        var ratios = new double[types][];
        var factors = new double[siteCount * types];
        for (var s = 0; s < types; s++)
        {
            ratios[s] = new double[siteCount];
            for (var j = 0; j < siteCount; j++)
            {
                ratios[s][j] = weightedDemand[j] > 0 ? supplies[s][j] / weightedDemand[j] : 0;
                factors[j * types + s] = columnSums is null ? ratios[s][j]
                    : columnSums[j] > 0 ? ratios[s][j] / columnSums[j] : 0;
            }
        }

        // Step 2: access per area, every supply type in one pass over the pairs.
        var access = new double[types][];
        for (var s = 0; s < types; s++)
        {
            access[s] = new double[areaCount];
        }

        Parallel.For(0, chunks.Length, c =>
        {
            var chunk = chunks[c];
            var sites = chunk.Sites.Span;
            var minutes = chunk.Minutes.Span;
            var weights = new double[chunk.LongestRow];
            Span<double> totals = stackalloc double[types <= 16 ? types : 0];
            var heap = types <= 16 ? null : new double[types];
            var sum = heap is null ? totals : heap;
            for (var k = 0; k < chunk.AreaCount; k++)
            {
                var area = chunk.FirstArea + k;
                var start = chunk.AreaStart[k];
                var row = RowWeights(decay, chunk, minutes, k, catchment, weights);
                sum.Clear();
                var rowScale = squareWeights ? (rowSums![area] > 0 ? 1 / rowSums[area] : 0) : 1;
                for (var q = 0; q < row.Length; q++)
                {
                    var w = row[q];
                    var v = squareWeights ? w * w * rowScale : w;
                    var at = sites[start + q] * types;
                    for (var s = 0; s < sum.Length; s++)
                    {
                        sum[s] += factors[at + s] * v;
                    }
                }

                for (var s = 0; s < sum.Length; s++)
                {
                    access[s][area] = sum[s];
                }
            }
        });

        return new Output(access, weightedDemand, ratios);
    }

    /// <summary>
    /// The weights of area <c>k</c>'s pairs, in pair order, with 0 for the pairs beyond the catchment: adding a 0
    /// weight changes no sum, so the loops need no test.
    /// </summary>
    private static ReadOnlySpan<double> RowWeights<TDecay>(TDecay decay, ReachChunk chunk, ReadOnlySpan<double> pairMinutes,
        int k, double catchment, double[] buffer) where TDecay : struct, IDecay
    {
        var start = chunk.AreaStart[k];
        var minutes = pairMinutes.Slice(start, chunk.AreaStart[k + 1] - start);
        var row = buffer.AsSpan(0, minutes.Length);
        decay.Weights(minutes, row);
        if (!double.IsPositiveInfinity(catchment))
        {
            for (var q = 0; q < row.Length; q++)
            {
                row[q] = minutes[q] <= catchment ? row[q] : 0;
            }
        }

        return row;
    }

    /// <summary>Sites within the catchment per area, and areas per site (one pass over the pairs, chunks in parallel).</summary>
    public static (int[] SitesInReach, int[] AreasInReach, long Pairs) Count(ReachChunk[] chunks, int areaCount,
        int siteCount, double catchment)
    {
        var sitesInReach = new int[areaCount];
        var partialAreas = new int[chunks.Length][];
        Parallel.For(0, chunks.Length, c =>
        {
            var chunk = chunks[c];
            var areasInReach = new int[siteCount];
            var sites = chunk.Sites.Span;
            var minutes = chunk.Minutes.Span;
            for (var k = 0; k < chunk.AreaCount; k++)
            {
                int start = chunk.AreaStart[k], end = chunk.AreaStart[k + 1];
                if (double.IsPositiveInfinity(catchment))
                {
                    // The network's own catchment: every stored pair counts, and the minutes need not be read.
                    foreach (var site in sites[start..end])
                    {
                        areasInReach[site]++;
                    }

                    sitesInReach[chunk.FirstArea + k] = end - start;
                    continue;
                }

                var count = 0;
                for (var p = start; p < end; p++)
                {
                    if (minutes[p] <= catchment)
                    {
                        count++;
                        areasInReach[sites[p]]++;
                    }
                }

                sitesInReach[chunk.FirstArea + k] = count;
            }

            partialAreas[c] = areasInReach;
        });

        var areasPerSite = new int[siteCount];
        foreach (var partial in partialAreas)
        {
            for (var j = 0; j < siteCount; j++)
            {
                areasPerSite[j] += partial[j];
            }
        }

        long pairs = 0;
        foreach (var count in sitesInReach)
        {
            pairs += count;
        }

        return (sitesInReach, areasPerSite, pairs);
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
