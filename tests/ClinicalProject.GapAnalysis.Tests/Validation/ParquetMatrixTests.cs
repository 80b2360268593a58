using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClinicalProject.GapAnalysis.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Parquet;
using Parquet.Schema;

namespace ClinicalProject.GapAnalysis.Tests.Validation;

/// <summary>A travel-time matrix sent as Parquet gets the CSV import's checks and is refused whole when damaged.</summary>
public sealed class ParquetMatrixTests(GapAnalysisApiFactory factory) : IClassFixture<GapAnalysisApiFactory>
{
    [Fact]
    public async Task A_parquet_matrix_is_the_same_matrix_as_its_csv()
    {
        var client = await factory.CreateSeededClientAsync();
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        using var parquet = await client.PostAsync("/travel-times/pq-1",
            Parquet(await MatrixAsync(["d1", "d2", "d3"], [a.ToString(), a.ToString(), b.ToString()], [12.5, 40, 0])));
        Assert.Equal(HttpStatusCode.Created, parquet.StatusCode);
        Assert.Equal(3, (await parquet.ReadJsonAsync())["entryCount"]!.GetValue<int>());
        Assert.Equal([("d1", a, 12.5), ("d2", a, 40.0), ("d3", b, 0.0)], await factory.WithDbAsync(db => db.TravelTimes
            .Where(t => t.MatrixVersion == "pq-1").OrderBy(t => t.OriginCode)
            .Select(t => new ValueTuple<string, Guid, double>(t.OriginCode, t.SiteId, t.Minutes)).ToListAsync()));

        // The same pairs as CSV, in another order, are the same content: the version answers 200, not 409.
        using var csv = await client.PostAsync("/travel-times/pq-1",
            new StringContent($"site,minutes,origin\n{b},0,d3\n{a},40,d2\n{a},12.5,d1\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    [Fact]
    public async Task Bad_rows_in_a_parquet_matrix_are_named_and_nothing_is_stored()
    {
        var client = await factory.CreateSeededClientAsync();
        var site = Guid.NewGuid().ToString();
        using var response = await client.PostAsync("/travel-times/pq-2",
            Parquet(await MatrixAsync(["d1", "nowhere", "d2", "d1"], [site, site, "not-a-guid", site], [5, 6, 7, -1])));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsArray()
            .Select(e => (e!["row"]!.GetValue<int>(), e["field"]!.GetValue<string>(), e["rule"]!.GetValue<string>())).ToArray();
        Assert.Equal([(2, "origin", "unknown-territory"), (3, "site", "not-a-site-id"), (4, "minutes", "minutes-not-finite-non-negative")], errors);
        Assert.Equal(0, await factory.WithDbAsync(db => db.TravelTimes.CountAsync(t => t.MatrixVersion == "pq-2")));
    }

    [Fact]
    public async Task A_damaged_or_foreign_file_is_refused_with_a_problem()
    {
        var client = await factory.CreateSeededClientAsync();
        var file = await MatrixAsync(Enumerable.Repeat("d1", 300).ToArray(),
            Enumerable.Range(0, 300).Select(_ => Guid.NewGuid().ToString()).ToArray(), Enumerable.Range(0, 300).Select(i => i / 7.0).ToArray());
        var footerLength = BitConverter.ToInt32(file, file.Length - 8);
        var dataEnd = file.Length - 8 - footerLength;
        var refused = 0;
        for (var offset = 4; offset + 16 < dataEnd; offset += Math.Max(16, (dataEnd - 4) / 16))
        {
            var damaged = (byte[])file.Clone();
            Array.Clear(damaged, offset, 16);
            using var response = await client.PostAsync($"/travel-times/dmg-{offset}", Parquet(damaged));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"offset {offset}: {(int)response.StatusCode} {body}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                refused++;
            }
        }

        Assert.True(refused > 0, "no damaged offset was refused");
        using var foreign = await client.PostAsync("/travel-times/pq-3", Parquet(Encoding.UTF8.GetBytes("origin,site,minutes\n")));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal("not-parquet", (await foreign.ReadJsonAsync())["errors"]![0]!["rule"]!.GetValue<string>());
        Assert.Equal(0, await factory.WithDbAsync(db => db.TravelTimeMatrices.CountAsync(m => m.Version.StartsWith("dmg-") && m.EntryCount != 300)));
    }

    [Fact]
    public async Task Another_media_type_is_refused_with_415()
    {
        var client = await factory.CreateSeededClientAsync();
        using var response = await client.PostAsync("/travel-times/pq-4", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static ByteArrayContent Parquet(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.apache.parquet");
        return content;
    }

    private static async Task<byte[]> MatrixAsync(string[] origins, string[] sites, double[] minutes)
    {
        var origin = new DataField<string>("Origin");
        var site = new DataField<string>("siteId");
        var time = new DataField<double>("minutes");
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(origin, site, time), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(origin, origins);
            await group.WriteAsync(site, sites);
            await group.WriteAsync(time, new ReadOnlyMemory<double>(minutes));
        }

        return stream.ToArray();
    }
}
