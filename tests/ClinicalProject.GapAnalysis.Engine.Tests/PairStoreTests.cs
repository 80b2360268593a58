using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.GapAnalysis.Engine.Tests;

/// <summary>
/// The pair store behind a network: workers write pairs chunk after chunk into blocks (native huge-page memory on
/// Linux for large ones), and each chunk must read back exactly its own pairs, also when a chunk outgrows its block
/// and after the block's last direct reference is gone.
/// </summary>
public sealed class PairStoreTests
{
    [Theory]
    [InlineData(4, 8, new[] { 3, 10, 0, 5, 17 })]                                         // managed blocks, two overflows
    [InlineData(PairBlock.NativeFrom, PairBlock.NativeFrom, new[] { 1000, 150_000, 0, 70_000 })] // native blocks
    public void Each_chunk_reads_back_exactly_the_pairs_written_for_it(int first, int block, int[] chunkSizes)
    {
        var writer = new PairWriter(first, block);
        var chunks = new List<(ReadOnlyMemory<int> Sites, ReadOnlyMemory<double> Minutes)>();
        var next = 0;
        foreach (var size in chunkSizes)
        {
            for (var p = 0; p < size; p++)
            {
                writer.Add(next, next * 0.25);
                next++;
            }

            Assert.Equal(size, writer.ChunkPairs);
            chunks.Add(writer.TakeChunk());
        }

        writer.Finish();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var expected = 0;
        for (var c = 0; c < chunks.Count; c++)
        {
            var sites = chunks[c].Sites.Span;
            var minutes = chunks[c].Minutes.Span;
            Assert.Equal(chunkSizes[c], sites.Length);
            Assert.Equal(chunkSizes[c], minutes.Length);
            for (var p = 0; p < sites.Length; p++, expected++)
            {
                Assert.Equal(expected, sites[p]);
                Assert.Equal(expected * 0.25, minutes[p]);
            }
        }
    }

    [Fact]
    public void Large_blocks_are_native_on_this_platform_and_small_ones_managed()
    {
        Assert.IsType<NativePairBlock>(PairBlock.Allocate(PairBlock.NativeFrom));
        Assert.IsType<ManagedPairBlock>(PairBlock.Allocate(PairBlock.NativeFrom - 1));
    }

    [Fact]
    public void A_network_stored_in_native_blocks_gives_the_two_step_access_of_every_pair()
    {
        // 2,000 areas × 400 sites, all within a wide catchment: 800,000 pairs, enough for native blocks.
        var random = new Random(11);
        var areas = Enumerable.Range(0, 2000)
            .Select(i => new DemandPoint($"A{i}", 100 + random.Next(900), 45 + random.NextDouble(), -73 + random.NextDouble()))
            .ToArray();
        var sites = Enumerable.Range(0, 400)
            .Select(j => new SupplyPoint($"S{j}", 1 + random.Next(20), 45 + random.NextDouble(), -73 + random.NextDouble()))
            .ToArray();
        const double speed = 50, catchment = 240;

        var result = CatchmentNetwork.Build(areas, sites, new GreatCircleCost(speed), catchment)
            .Compute(new(CatchmentMethod.TwoStep, catchment));

        // Step 1 and step 2 over every pair, written out: Dⱼ = Σ Pᵢ, Rⱼ = Sⱼ / Dⱼ, Aᵢ = Σ Rⱼ over the pairs in reach.
        var within = new bool[areas.Length, sites.Length];
        var demand = new double[sites.Length];
        for (var i = 0; i < areas.Length; i++)
        {
            for (var j = 0; j < sites.Length; j++)
            {
                within[i, j] = GreatCircle.Minutes(areas[i].Latitude, areas[i].Longitude, sites[j].Latitude,
                    sites[j].Longitude, speed) <= catchment;
                demand[j] += within[i, j] ? areas[i].Demand : 0;
            }
        }

        Assert.Equal(areas.Length * (long)sites.Length, result.PairsInReach);
        for (var i = 0; i < areas.Length; i++)
        {
            var access = 0.0;
            for (var j = 0; j < sites.Length; j++)
            {
                access += within[i, j] ? sites[j].Supply / demand[j] : 0;
            }

            Assert.Equal(access, result.Areas[i].Access, 1e-12 * access);
        }
    }
}
