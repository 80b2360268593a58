using System.Net;
using ClinicalProject.PopulationProfiling.Datasets.Import;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using Parquet;
using Parquet.Schema;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14, defect 1: a Parquet file whose footer is intact but whose pages are damaged opened fine and then
/// threw while its row group was decoded (overflow, Snappy, Thrift, null reference): a 500 with an empty body.
/// </summary>
public sealed class DamagedParquetTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_file_with_damaged_pages_is_refused_with_a_problem_naming_the_row_group_and_stores_nothing()
    {
        var hierarchy = await _client.ImportSherbrookeAsync();
        var file = await PopulationParquetAsync(rows: 400);
        var footerLength = BitConverter.ToInt32(file, file.Length - 8);
        var dataEnd = file.Length - 8 - footerLength;
        var rowGroupRefusals = 0;

        // Zero 16 bytes at offsets spread over the data pages (the footer stays intact, so the file opens).
        for (var offset = 4; offset + 16 < dataEnd; offset += Math.Max(16, (dataEnd - 4) / 24))
        {
            var damaged = (byte[])file.Clone();
            Array.Clear(damaged, offset, 16);
            var version = HttpHelpers.NewVersion("dmg");

            var response = await _client.PostDatasetAsync("population", version, hierarchy, DatasetHttp.Parquet(damaged));

            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"offset {offset}: {(int)response.StatusCode} {body}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = await response.ReadAsync<ImportProblem>();
                if (problem.Errors.Any(e => e.Rule == ImportRules.InvalidParquet && e.Field == "rowGroup"))
                {
                    rowGroupRefusals++;
                    Assert.Equal("0", problem.Errors.Last().Value);
                    Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/datasets/population/{version}")).StatusCode);
                    var monitor = response.Headers.GetValues("Link").Single();
                    var job = await (await _client.GetAsync(monitor[1..monitor.IndexOf('>')])).ReadAsync<ImportJobDto>();
                    Assert.Equal(ImportJobState.Failed, job.State);
                }
            }
        }

        Assert.True(rowGroupRefusals > 0, "no damaged offset reached the row-group decoder");
    }

    private static async Task<byte[]> PopulationParquetAsync(int rows)
    {
        var territory = new DataField<string>("territory");
        var period = new DataField<int>("period");
        var ageBand = new DataField<string>("ageBand");
        var sex = new DataField<string>("sex");
        var count = new DataField<int>("count");
        string[] bands = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49"];
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(territory, period, ageBand, sex, count), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(territory, Enumerable.Range(0, rows).Select(i => i % 2 == 0 ? "T-DA-1" : "T-DA-2").ToArray());
            await group.WriteAsync(period, new ReadOnlyMemory<int>(Enumerable.Range(0, rows).Select(i => 2000 + (i / 40)).ToArray()));
            await group.WriteAsync(ageBand, Enumerable.Range(0, rows).Select(i => bands[(i / 2) % bands.Length]).ToArray());
            await group.WriteAsync(sex, Enumerable.Range(0, rows).Select(i => i % 4 < 2 ? "F" : "M").ToArray());
            await group.WriteAsync(count, new ReadOnlyMemory<int>(Enumerable.Range(0, rows).Select(i => 1000 + (i * 7919 % 5000)).ToArray()));
        }

        return stream.ToArray();
    }
}
