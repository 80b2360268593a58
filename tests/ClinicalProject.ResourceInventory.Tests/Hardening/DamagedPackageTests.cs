using System.Net;
using System.Text;
using System.Text.Json;
using ClinicalProject.ResourceInventory.Hsds;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;
using ClinicalProject.Testing.Faults;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace ClinicalProject.ResourceInventory.Tests.Hardening;

/// <summary>
/// Issue 14 on the inventory: a ZIP whose central directory is damaged (defect 2) was read past the guarded
/// open and answered 500; routing's 415 had no body (defect 10); an uncaught exception had no problem body.
/// </summary>
public sealed class DamagedPackageTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    private const string Org = "0196a1f0-0000-7000-8000-0000000014a1";

    [Theory]
    [InlineData(+1)]
    [InlineData(-1)]
    public async Task A_zip_whose_central_directory_entry_count_is_off_is_refused_with_a_400_problem_and_stores_nothing(int countError)
    {
        var client = await factory.CreateSeededClientAsync();
        var zip = HsdsZip.Bytes(new Dictionary<string, string>
        {
            ["organization.csv"] = $"id,name,description\n{Org},Centre de jour (synthétique),Organisme communautaire\n",
            ["phone.csv"] = "id,organization_id,number\n",
        });
        // End of central directory record: signature 0x06054b50; entries on this disk at +8, total entries at +10.
        var eocd = zip.Length - 22;
        Assert.Equal(0x06054b50u, BitConverter.ToUInt32(zip, eocd));
        var count = (ushort)(BitConverter.ToUInt16(zip, eocd + 10) + countError);
        BitConverter.TryWriteBytes(zip.AsSpan(eocd + 8), count);
        BitConverter.TryWriteBytes(zip.AsSpan(eocd + 10), count);

        using var content = HsdsZip.Content(zip);
        using var response = await client.PostAsync("/hsds/import", content);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(HsdsApi.InvalidPackageType, problem.GetProperty("type").GetString());
        var error = problem.GetProperty("errors")[0];
        Assert.Equal(("package", "invalid-zip"), (error.GetProperty("file").GetString(), error.GetProperty("rule").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organizations/{Org}")).StatusCode);
    }

    [Fact]
    public async Task A_content_type_the_import_does_not_accept_is_a_415_with_a_problem_body()
    {
        var client = await factory.CreateSeededClientAsync();

        using var response = await client.PostAsync("/hsds/import", new StringContent("id,name", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(415, JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_uncaught_exception_answers_a_problem_with_the_trace_id_and_is_logged_under_it()
    {
        CapturedLogs logs = null!;
        await using var faulty = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            logs = CapturedLogs.AddTo(services);
            ThrowingPath.Add(services, "/fault", () => new NullReferenceException("Password=hunter2"));
        }));
        using var client = faulty.CreateClient();

        using var response = await client.PostAsync("/fault", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        var traceId = JsonSerializer.Deserialize<JsonElement>(body).GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(traceId!, StringComparison.Ordinal) && e.Exception is NullReferenceException);
    }
}
