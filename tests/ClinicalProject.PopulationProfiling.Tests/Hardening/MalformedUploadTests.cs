using System.Text.Json;
using ClinicalProject.PopulationProfiling.Datasets.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using ClinicalProject.Testing.Faults;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.PopulationProfiling.Tests.Hardening;

/// <summary>
/// Issue 14, defect 3: a malformed chunked upload left its job <c>queued</c> forever and a partial file in the
/// import folder, and the exception became a 5xx. On Kestrel (the framing is Kestrel's to judge), the upload is
/// refused with a 400 problem, its job ends failed with the reason, and no upload file is left behind.
/// </summary>
public sealed class MalformedUploadTests(ProfilingApiFactory factory) : IClassFixture<ProfilingApiFactory>
{
    [Fact]
    public async Task A_malformed_chunked_upload_is_refused_its_job_failed_and_its_file_removed()
    {
        var imports = Path.Combine(Path.GetTempPath(), "profiling-malformed-" + Guid.NewGuid().ToString("N"));
        await using var kestrel = factory.WithWebHostBuilder(web =>
        {
            web.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            web.UseSetting("Profiling:ImportDirectory", imports);
        });
        kestrel.UseKestrel();
        kestrel.StartServer();
        var address = new Uri(kestrel.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var client = new HttpClient { BaseAddress = address }.WithRole(ClinicalRoles.Analyst);
        var hierarchy = await client.ImportSherbrookeAsync();
        var version = HttpHelpers.NewVersion("chunk");
        var token = TestTokens.Bearer(ClinicalRoles.Analyst).Parameter;
        const string chunk = "territory,period,ageBand,sex,count\nT-DA-1,";

        var (status, headers, body) = await RawHttp.SendAsync(address,
            $"POST /datasets/population/{version}?hierarchyVersion={hierarchy} HTTP/1.1\r\nAuthorization: Bearer {token}\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked",
            $"{chunk.Length:x}\r\n{chunk}\r\nZZ-not-a-chunk-size\r\n");

        Assert.True(status == 400, $"{status}\n{headers}\n{body}");
        Assert.Contains("application/problem+json", headers, StringComparison.OrdinalIgnoreCase);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(DatasetImportEndpoint.UploadIncompleteType, problem.GetProperty("type").GetString());
        var job = await kestrel.Services.CreateScope().ServiceProvider.GetRequiredService<ClinicalProject.PopulationProfiling.Data.ProfilingDbContext>()
            .ImportJobs.AsNoTracking().SingleAsync(j => j.Version == version);
        Assert.Equal(ImportJobState.Failed, job.State);
        Assert.Contains(DatasetImportEndpoint.UploadIncompleteType, job.ProblemJson, StringComparison.Ordinal);
        Assert.NotNull(job.CompletedAtUtc);
        Assert.Empty(Directory.Exists(imports) ? Directory.GetFiles(imports) : []);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/datasets/population/{version}")).StatusCode);
    }
}
