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
using Microsoft.AspNetCore.Mvc.Testing;
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
        await using var kestrel = OnKestrel(imports);
        var address = AddressOf(kestrel);
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
        Assert.Equal(DatasetImportHandlers.UploadIncompleteType, problem.GetProperty("type").GetString());
        var job = await kestrel.Services.CreateScope().ServiceProvider.GetRequiredService<ClinicalProject.PopulationProfiling.Data.ProfilingDbContext>()
            .ImportJobs.AsNoTracking().SingleAsync(j => j.Version == version);
        Assert.Equal(ImportJobState.Failed, job.State);
        Assert.Contains(DatasetImportHandlers.UploadIncompleteType, job.ProblemJson, StringComparison.Ordinal);
        Assert.NotNull(job.CompletedAtUtc);
        Assert.Empty(Directory.Exists(imports) ? Directory.GetFiles(imports) : []);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/datasets/population/{version}")).StatusCode);
    }

    /// <summary>
    /// A client that declares a length, sends part of the body and goes away: the request never completes, so its
    /// job must end failed with the reason (not wait in the queue), and its partial upload file must be removed.
    /// </summary>
    [Fact]
    public async Task An_upload_whose_client_goes_away_mid_body_fails_its_job_and_removes_its_file()
    {
        var imports = Path.Combine(Path.GetTempPath(), "profiling-cut-" + Guid.NewGuid().ToString("N"));
        await using var kestrel = OnKestrel(imports);
        var address = AddressOf(kestrel);
        using var client = new HttpClient { BaseAddress = address }.WithRole(ClinicalRoles.Analyst);
        var hierarchy = await client.ImportSherbrookeAsync();
        var version = HttpHelpers.NewVersion("cut");
        const string part = "territory,period,ageBand,sex,count\nT-DA-1,2021,0-4,F,";

        using (var tcp = new System.Net.Sockets.TcpClient())
        {
            await tcp.ConnectAsync(address.Host, address.Port);
            var head = $"POST /datasets/population/{version}?hierarchyVersion={hierarchy} HTTP/1.1\r\nHost: {address.Authority}\r\n" +
                $"Authorization: Bearer {TestTokens.Bearer(ClinicalRoles.Analyst).Parameter}\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\n{part}";
            await tcp.GetStream().WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
            await tcp.GetStream().FlushAsync();
            await WaitForAsync(() => JobAsync(kestrel, version), job => job is not null);
        }

        var failed = await WaitForAsync(() => JobAsync(kestrel, version), job => job?.State == ImportJobState.Failed);
        Assert.True(failed is { State: ImportJobState.Failed }, $"the job is {failed?.State}");
        Assert.Contains(DatasetImportHandlers.UploadIncompleteType, failed!.ProblemJson, StringComparison.Ordinal);
        Assert.NotNull(failed.CompletedAtUtc);
        Assert.Empty(Directory.Exists(imports) ? Directory.GetFiles(imports) : []);
    }

    private WebApplicationFactory<Program> OnKestrel(string imports)
    {
        var kestrel = factory.WithWebHostBuilder(web =>
        {
            web.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            web.UseSetting("Profiling:ImportDirectory", imports);
        });
        kestrel.UseKestrel();
        kestrel.StartServer();
        return kestrel;
    }

    private static Uri AddressOf(WebApplicationFactory<Program> kestrel) =>
        new(kestrel.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    private static async Task<ImportJob?> JobAsync(WebApplicationFactory<Program> kestrel, string version)
    {
        using var scope = kestrel.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ClinicalProject.PopulationProfiling.Data.ProfilingDbContext>()
            .ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Version == version);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
