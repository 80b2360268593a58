using System.Net;
using System.Text.Json;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Hardening;

/// <summary>
/// Issue 14, defect 9: a date-time with a +99:00 offset was accepted (only its date part was read). It is refused
/// with a 400 naming the file, row and field; a real date-time still counts by its date.
/// </summary>
public sealed class AbsurdDateTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Theory]
    [InlineData("2024-01-01T00:00:00+99:00", HttpStatusCode.BadRequest)]
    [InlineData("2024-01-01Tnonsense", HttpStatusCode.BadRequest)]
    [InlineData("2024-01-01T08:30:00-05:00", HttpStatusCode.OK)]
    [InlineData("2024-01-01", HttpStatusCode.OK)]
    public async Task A_date_time_must_be_one_with_a_real_offset(string validFrom, HttpStatusCode expected)
    {
        var client = await factory.CreateSeededClientAsync();
        var ids = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToArray();
        var (org, loc, svc, schedule) = (ids[0], ids[1], ids[2], ids[3]);
        using var content = HsdsZip.Content(new Dictionary<string, string>
        {
            ["organization.csv"] = $"id,name,description\n{org},Maison de quartier (synthétique),Organisme communautaire\n",
            ["location.csv"] = $"id,location_type,organization_id,name,latitude,longitude\n{loc},physical,{org},Local,45.40,-71.89\n",
            ["service.csv"] = $"id,organization_id,name,status\n{svc},{org},Halte-accueil,active\n",
            ["service_at_location.csv"] = $"id,service_id,location_id\n{Guid.CreateVersion7()},{svc},{loc}\n",
            ["attribute.csv"] = "id,link_id,link_type,link_entity,taxonomy_term_id,value\n" +
                $"{Guid.CreateVersion7()},{svc},service-program,service,{Guid.CreateVersion7()},6\n" +
                $"{Guid.CreateVersion7()},{svc},continuum-level,service,{Guid.CreateVersion7()},first-line\n",
            ["schedule.csv"] = $"id,service_id,freq,byday,opens_at,closes_at,valid_from\n{schedule},{svc},WEEKLY,MO,09:00,17:00,{validFrom}\n",
        });

        using var response = await client.PostAsync("/hsds/import", content);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        if (expected == HttpStatusCode.BadRequest)
        {
            var error = JsonSerializer.Deserialize<JsonElement>(body).GetProperty("errors")[0];
            Assert.Equal(("schedule.csv", 1, "valid_from", "invalid-date"),
                (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("field").GetString(), error.GetProperty("rule").GetString()));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organizations/{org}")).StatusCode);
        }
    }
}
