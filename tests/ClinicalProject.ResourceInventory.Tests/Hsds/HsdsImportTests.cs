using System.Net;
using System.Text;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Hsds;

public sealed class HsdsImportTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    private const string Org = "0196a1f0-0000-7000-8000-000000000001";
    private const string Loc = "0196a1f0-0000-7000-8000-000000000002";
    private const string Svc = "0196a1f0-0000-7000-8000-000000000003";
    private const string Svc2 = "0196a1f0-0000-7000-8000-000000000004";
    private const string Term = "0196a1f0-0000-7000-8000-0000000000aa";

    /// <summary>A small package written by hand, as another directory would send it (attributes by link_type, no taxonomy rows).</summary>
    private static Dictionary<string, string> ValidPackage() => new()
    {
        ["organization.csv"] = $"id,name,description\n{Org},Maison des jeunes (synthétique),Organisme communautaire\n",
        ["location.csv"] = $"id,location_type,organization_id,name,latitude,longitude\n{Loc},physical,{Org},Local principal,45.40,-71.89\n",
        ["service.csv"] = $"id,organization_id,name,status,minimum_age,maximum_age\n{Svc},{Org},Travail de rue,active,12,17\n",
        ["service_at_location.csv"] = $"id,service_id,location_id\n0196a1f0-0000-7000-8000-000000000010,{Svc},{Loc}\n",
        ["schedule.csv"] = $"id,service_id,freq,byday,opens_at,closes_at\n0196a1f0-0000-7000-8000-000000000011,{Svc},WEEKLY,\"MO,WE\",18:00-05:00,22:00\n",
        ["phone.csv"] = $"id,service_id,number\n0196a1f0-0000-7000-8000-000000000012,{Svc},819-555-0500\n",
        ["language.csv"] = $"id,service_id,name,code\n0196a1f0-0000-7000-8000-000000000013,{Svc},Français,fr\n",
        ["attribute.csv"] = $"id,link_id,link_type,link_entity,taxonomy_term_id,value\n" +
            $"0196a1f0-0000-7000-8000-000000000020,{Svc},service-program,service,{Term},6\n" +
            $"0196a1f0-0000-7000-8000-000000000021,{Svc},continuum-level,service,{Term},promotion-prevention\n",
    };

    [Fact]
    public async Task A_package_from_another_directory_is_imported_with_its_links()
    {
        var client = await factory.CreateSeededClientAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/hsds/import") { Content = HsdsZip.Content(ValidPackage()) };
        Infrastructure.Api.As(request, "importer");
        var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var service = (await client.GetJsonAsync($"/services/{Svc}"))["data"]!;
        Assert.Equal((6, "promotion-prevention", 12, 17), (service["program"]!.GetValue<int>(), service["level"]!.GetValue<string>(),
            service["eligibility"]!["minimumAge"]!.GetValue<int>(), service["eligibility"]!["maximumAge"]!.GetValue<int>()));
        Assert.Equal([("monday", "18:00:00", "22:00:00"), ("wednesday", "18:00:00", "22:00:00")],
            service["schedules"]!.AsArray().Select(s => (s!["day"]!.GetValue<string>(), s["opensAt"]!.GetValue<string>(), s["closesAt"]!.GetValue<string>())));
        Assert.Equal([Guid.Parse(Loc)], service["siteIds"]!.AsArray().Select(s => s!.GetValue<Guid>()));
        var organization = (await client.GetJsonAsync($"/organizations/{Org}"))["data"]!;
        Assert.Equal("other", organization["type"]!.GetValue<string>());
        var site = (await client.GetJsonAsync($"/sites/{Loc}"))["data"]!;
        Assert.Equal("T-DA-1", site["territories"]![0]!.GetValue<string>());
        Assert.Equal("importer", (await client.GetJsonAsync($"/services/{Svc}"))["createdBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_package_with_errors_names_file_row_field_and_rule_and_imports_nothing()
    {
        var client = await factory.CreateSeededClientAsync();
        var files = ValidPackage();
        files["organization.csv"] = $"id,name,description\n{Org.Replace("01", "02", StringComparison.Ordinal)},Organisme valide,ok\n{Org},,sans nom\n";
        files["service.csv"] += $"{Svc2},{Org},Deuxième service,active,abc,\n";
        files["schedule.csv"] += $"0196a1f0-0000-7000-8000-000000000014,{Svc},WEEKLY,XX,09:00,08:00\n";
        files["phone.csv"] += "0196a1f0-0000-7000-8000-000000000015,0196a1f0-0000-7000-8000-0000000000ff,819-555-0600\n";
        files["location.csv"] += "not-a-uuid,physical,,Autre local,,\n";

        var response = await client.PostAsync("/hsds/import", HsdsZip.Content(files));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        var errors = problem["errors"]!.AsArray()
            .Select(e => (e!["file"]!.GetValue<string>(), e["row"]!.GetValue<int>(), e["field"]?.GetValue<string>(), e["rule"]!.GetValue<string>()))
            .ToHashSet();
        Assert.Contains(("location.csv", 2, "id", "invalid-uuid"), errors);
        Assert.Contains(("organization.csv", 2, "name", "required"), errors);
        Assert.Contains(("phone.csv", 2, "service_id", "unknown-reference"), errors);
        Assert.Contains(("schedule.csv", 2, "byday", "unsupported-schedule"), errors);
        Assert.Contains(("service.csv", 2, "minimum_age", "invalid-number"), errors);
        Assert.Contains(("service.csv", 2, "service-program", "missing-attribute"), errors);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organizations/{Org.Replace("01", "02", StringComparison.Ordinal)}")).StatusCode);
    }

    [Fact]
    public async Task Rules_of_the_inventory_apply_to_imported_rows_too()
    {
        var client = await factory.CreateSeededClientAsync();
        var files = ValidPackage();
        files["schedule.csv"] = $"id,service_id,freq,byday,opens_at,closes_at\n0196a1f0-0000-7000-8000-000000000011,{Svc},WEEKLY,MO,18:00,17:00\n";
        files["service.csv"] = $"id,organization_id,name,status,minimum_age,maximum_age\n{Svc},{Org},Travail de rue,active,40,17\n";

        var response = await client.PostAsync("/hsds/import", HsdsZip.Content(files));

        var problem = await response.ReadJsonAsync();
        var errors = problem["errors"]!.AsArray().Select(e => (e!["file"]!.GetValue<string>(), e["row"]!.GetValue<int>(), e["field"]?.GetValue<string>())).ToList();
        Assert.Equal([("service.csv", 1, "eligibility.maximum_age"), ("service.csv", 1, "schedules[0].closes_at")], errors);
    }

    [Fact]
    public async Task Json_errors_point_at_the_object_path()
    {
        var client = await factory.CreateSeededClientAsync();
        var json = $$"""{"organizations":[{"id":"{{Org}}","name":"Organisme","locations":[{"id":"{{Loc}}","location_type":"physical","name":"Local","latitude":"nord"}]}],"services":[]}""";

        var response = await client.PostAsync("/hsds/import", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ReadJsonAsync();
        var errors = problem["errors"]!.AsArray()
            .Select(e => (e!["file"]!.GetValue<string>(), e["row"]!.GetValue<int>(), e["field"]!.GetValue<string>(), e["rule"]!.GetValue<string>()));
        // The unreadable latitude, and then the site has neither coordinates nor an address.
        Assert.Equal([("$.organizations[0].locations[0]", 1, "address", "invalid"), ("$.organizations[0].locations[0]", 1, "latitude", "invalid-number")], errors.Order());
    }
}
