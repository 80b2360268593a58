namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// The two steps over the reach chunks. Every method is the same computation with its own pair weights:
/// step 1 Dⱼ = Σᵢ Pᵢ uᵢⱼ, Rⱼ = Sⱼ / Dⱼ (0 when Dⱼ = 0); step 2 Aᵢ = Σⱼ Rⱼ vᵢⱼ, where
/// 2SFCA, E2SFCA, Gaussian and gravity take u = v = W(t);
/// 3SFCA u = v = W·G with G = W / Σ_row W (PySAL: the same step weights as decay and selection);
/// balanced u = W / Σ_row W (demand split across the sites an area reaches) and v = W / Σ_column W (a site's ratio
/// split across the areas it reaches), W = 1 within the catchment (Paez, Higgins &amp; Vivona 2019).
/// Partial sums are kept per chunk and added in chunk order, so results do not depend on thread timing.
/// </summary>
internal static class CatchmentKernel
{
    public sealed record Output(double[] Access, int[] SitesInReach, double[] WeightedDemand, double[] Ratio,
        int[] AreasInReach, long PairsInReach);

    public static Output Run(ReachChunk[] chunks, int areaCount, int siteCount, double[] demand, double[] supply,
        CatchmentParameters parameters)
    {
        var catchment = parameters.CatchmentMinutes;
        var decay = DecayWeight.For(parameters);
        var method = parameters.Method;
        var demandWeights = new double[chunks.Length][];
        var accessWeights = new double[chunks.Length][];
        var sitesInReach = new int[areaCount];
        var partialDemand = new double[chunks.Length][];
        var partialColumn = method == CatchmentMethod.Balanced ? new double[chunks.Length][] : null;
        var partialAreas = new int[chunks.Length][];

        Parallel.For(0, chunks.Length, c =>
        {
            var chunk = chunks[c];
            var u = new double[chunk.PairCount];
            var sums = new double[siteCount];
            var areasInReach = new int[siteCount];
            var column = partialColumn is null ? null : new double[siteCount];
            for (var k = 0; k < chunk.AreaCount; k++)
            {
                var area = chunk.FirstArea + k;
                int start = chunk.AreaStart[k], end = chunk.AreaStart[k + 1];
                var inReach = 0;
                var rowSum = 0.0;
                for (var p = start; p < end; p++)
                {
                    var t = chunk.Minutes[p];
                    if (t <= catchment)
                    {
                        var w = decay(t);
                        u[p] = w;
                        rowSum += w;
                        inReach++;
                        areasInReach[chunk.Sites[p]]++;
                    }
                    else
                    {
                        u[p] = 0;
                    }
                }

                sitesInReach[area] = inReach;
                if (method is CatchmentMethod.ThreeStep or CatchmentMethod.Balanced)
                {
                    // G = W / Σ_row W: each area's demand split among the sites it reaches.
                    for (var p = start; p < end; p++)
                    {
                        if (column is not null)
                        {
                            column[chunk.Sites[p]] += u[p];
                        }

                        u[p] = rowSum > 0 ? (method == CatchmentMethod.ThreeStep ? u[p] * u[p] : u[p]) / rowSum : 0;
                    }
                }

                var population = demand[area];
                for (var p = start; p < end; p++)
                {
                    sums[chunk.Sites[p]] += population * u[p];
                }
            }

            demandWeights[c] = u;
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

        var ratio = new double[siteCount];
        for (var j = 0; j < siteCount; j++)
        {
            ratio[j] = weightedDemand[j] > 0 ? supply[j] / weightedDemand[j] : 0;
        }

        var access = new double[areaCount];
        Parallel.For(0, chunks.Length, c =>
        {
            var chunk = chunks[c];
            var u = demandWeights[c];
            for (var k = 0; k < chunk.AreaCount; k++)
            {
                var sum = 0.0;
                for (int p = chunk.AreaStart[k], end = chunk.AreaStart[k + 1]; p < end; p++)
                {
                    var site = chunk.Sites[p];
                    if (columnSums is null)
                    {
                        sum += ratio[site] * u[p];
                    }
                    else if (chunk.Minutes[p] <= catchment && columnSums[site] > 0)
                    {
                        // Balanced: v = W / Σ_column W, with W = 1 within the catchment.
                        sum += ratio[site] / columnSums[site];
                    }
                }

                access[chunk.FirstArea + k] = sum;
            }
        });

        long pairs = 0;
        foreach (var count in sitesInReach)
        {
            pairs += count;
        }

        return new Output(access, sitesInReach, weightedDemand, ratio, areasBySite, pairs);
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
