using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using ClinicalProject.ResourceInventory.Hsds;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Hardening;

/// <summary>
/// Issue 14, defect 5: an export with address.csv renamed was imported and every site lost its address; byte-flipped
/// packages were imported and changed sites and capacities. A table the descriptor lists must be there with its
/// declared header; every row must have the header's fields; an import that would take data away answers 409
/// unless allowRemovals=true.
/// </summary>
public sealed class WholePackageTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task An_export_missing_the_address_table_is_refused_naming_it_and_every_address_stays()
    {
        var (client, hospital, export) = await ExportAsync();
        var zip = Rewrite(export, (name, text) => name == "address.csv" ? ("address.csv.bak", text) : (name, text));

        using var response = await client.PostAsync("/hsds/import", HsdsZip.Content(zip));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(HsdsApi.InvalidPackageType, problem["type"]!.GetValue<string>());
        Assert.Equal([("address.csv", "missing-table")], Errors(problem).Select(e => (e.File, e.Rule)));
        Assert.Equal("J1G 1B1", (await client.GetJsonAsync($"/sites/{hospital}"))["data"]!["address"]!["postalCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_descriptor_a_missing_table_removes_addresses_only_when_asked_to()
    {
        var (client, hospital, export) = await ExportAsync();
        var zip = Rewrite(export, (name, text) => name is "address.csv" or "datapackage.json" ? null : (name, text));

        using var refused = await client.PostAsync("/hsds/import", HsdsZip.Content(zip));

        var problem = await ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal(HsdsApi.RemovesDataType, problem["type"]!.GetValue<string>());
        Assert.Contains(("location.csv", "address", HsdsRemovals.Rule), Errors(problem).Select(e => (e.File, e.Field, e.Rule)));
        Assert.All(Errors(problem), e => Assert.Equal(HsdsRemovals.Rule, e.Rule));
        Assert.Equal("J1G 1B1", (await client.GetJsonAsync($"/sites/{hospital}"))["data"]!["address"]!["postalCode"]!.GetValue<string>());

        using var allowed = await client.PostAsync("/hsds/import?allowRemovals=true", HsdsZip.Content(zip));

        Assert.True(allowed.StatusCode == HttpStatusCode.OK, await allowed.Content.ReadAsStringAsync());
        Assert.Null((await client.GetJsonAsync($"/sites/{hospital}"))["data"]!["address"]);
    }

    [Fact]
    public async Task A_json_package_that_drops_a_phone_is_refused_until_removals_are_allowed()
    {
        var (client, hospital, _) = await ExportAsync();
        var json = (await client.GetJsonAsync("/hsds/export.json")).AsObject();
        var location = json["organizations"]!.AsArray().SelectMany(o => o!["locations"]?.AsArray() ?? []).First(l => l!["id"]!.GetValue<string>() == hospital.ToString())!;
        location.AsObject().Remove("phones");

        using var refused = await client.PostAsync("/hsds/import", new StringContent(json.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Equal([("phones", HsdsRemovals.Rule)], Errors(problem).Select(e => (e.Field, e.Rule)));
        Assert.Single((await client.GetJsonAsync($"/sites/{hospital}"))["data"]!["phones"]!.AsArray());
    }

    [Fact]
    public async Task A_header_that_is_not_the_declared_one_is_refused()
    {
        var (client, hospital, export) = await ExportAsync();
        var zip = Rewrite(export, (name, text) => name == "address.csv" ? (name, text.Replace("postal_code", "postal_cobe", StringComparison.Ordinal)) : (name, text));

        using var response = await client.PostAsync("/hsds/import?allowRemovals=true", HsdsZip.Content(zip));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([("address.csv", "header-mismatch")], Errors(problem).Select(e => (e.File, e.Rule)));
        Assert.Equal("J1G 1B1", (await client.GetJsonAsync($"/sites/{hospital}"))["data"]!["address"]!["postalCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_row_with_fewer_fields_than_the_header_is_refused_naming_the_row()
    {
        var (client, _, export) = await ExportAsync();
        var zip = Rewrite(export, (name, text) => name == "phone.csv" ? (name, text.TrimEnd('\n') + "\n0196a1f0-0000-7000-8000-0000000014f1,,\n") : (name, text));

        using var response = await client.PostAsync("/hsds/import", HsdsZip.Content(zip));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([("phone.csv", "field-count")], Errors(problem).Select(e => (e.File, e.Rule)));
        Assert.True(problem["errors"]![0]!["row"]!.GetValue<int>() > 0);
    }

    /// <summary>
    /// Single flipped bits at seeded positions of an export: each is refused with a problem, or imports the same
    /// inventory again (no resource created or updated); the inventory reads the same afterwards.
    /// </summary>
    [Fact]
    public async Task A_byte_flipped_package_is_refused_or_changes_nothing()
    {
        var (client, hospital, export) = await ExportAsync();
        var siteBefore = (await client.GetJsonAsync($"/sites/{hospital}"))["data"]!.ToJsonString();
        var random = new Random(14);
        var outcomes = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 60; i++)
        {
            var flipped = (byte[])export.Clone();
            var position = random.Next(flipped.Length);
            flipped[position] ^= (byte)(1 << random.Next(8));

            using var response = await client.PostAsync("/hsds/import", HsdsZip.Content(flipped));

            var body = await response.ReadJsonAsync();
            outcomes[response.StatusCode] = outcomes.GetValueOrDefault(response.StatusCode) + 1;
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.All(body["kinds"]!.AsArray(), k => Assert.True((k!["created"]!.GetValue<int>(), k["updated"]!.GetValue<int>()) == (0, 0),
                    $"flip at {position} changed data: {body}"));
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"flip at {position}: {(int)response.StatusCode} {body}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotEmpty(body["errors"]!.AsArray());
            }
        }

        Assert.True(outcomes.GetValueOrDefault(HttpStatusCode.BadRequest) > 0, string.Join(", ", outcomes));
        Assert.Equal(siteBefore, (await client.GetJsonAsync($"/sites/{hospital}"))["data"]!.ToJsonString());
    }

    private async Task<(HttpClient Client, Guid Hospital, byte[] Export)> ExportAsync()
    {
        var client = await factory.CreateSeededClientAsync();
        var ids = await RichInventory.CreateAsync(client);
        var hospital = ids.All.First(i => i.Route == "/sites").Id;
        return (client, hospital, await client.GetByteArrayAsync("/hsds/export.zip"));
    }

    /// <summary>The package with each file renamed, rewritten or (null) left out.</summary>
    private static byte[] Rewrite(byte[] zip, Func<string, string, (string Name, string Text)?> rewrite)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        var files = new Dictionary<string, string>();
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            if (rewrite(entry.FullName, reader.ReadToEnd()) is { } file)
            {
                files[file.Name] = file.Text;
            }
        }

        return HsdsZip.Bytes(files);
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }

    private static IEnumerable<(string File, string? Field, string Rule)> Errors(JsonNode problem) =>
        problem["errors"]!.AsArray().Select(e => (e!["file"]!.GetValue<string>(), e["field"]?.GetValue<string>(), e["rule"]!.GetValue<string>()));
}
