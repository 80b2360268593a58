using System.Net;
using System.Net.Http.Json;
using System.Text;
using ClinicalProject.ResourceInventory.HealthServices;
using ClinicalProject.ResourceInventory.Responsibilities;
using ClinicalProject.ResourceInventory.Sites;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Api;

public sealed class ValidationApiTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task A_refused_site_names_each_field_at_fault()
    {
        var client = await factory.CreateSeededClientAsync();
        var organization = await client.CreateAsync("/organizations", Samples.Organization());
        var site = Samples.Site(organization) with
        {
            Name = " ",
            Latitude = 95,
            Address = new Address("", "Sherbrooke", "QC", "J1G 1B1", "CA"),
            Languages = ["français"],
            ServesTerritories = ["NOPE"],
        };

        var response = await client.PostAsync("/sites", site);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // Territory codes are checked with the references, once the data's own rules pass.
        Assert.Equal(["address.address1", "languages[0]", "latitude", "name"], await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task References_to_unknown_resources_and_territories_are_refused_by_field()
    {
        var client = await factory.CreateSeededClientAsync();
        var organization = await client.CreateAsync("/organizations", Samples.Organization());
        var site = Samples.Site(organization) with { OrganizationId = Guid.NewGuid(), ServesTerritories = ["0515", "NOPE"] };

        var response = await client.PostAsync("/sites", site);

        Assert.Equal(["organizationId", "servesTerritories[1]"], await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Service_schedules_and_eligibility_are_checked_entry_by_entry()
    {
        var client = await factory.CreateSeededClientAsync();
        var organization = await client.CreateAsync("/organizations", Samples.Organization());
        var site = await client.CreateAsync("/sites", Samples.Site(organization));
        var service = Samples.Service(organization, site) with
        {
            Program = 10,
            Eligibility = new Eligibility(65, 18),
            Schedules =
            [
                new WeeklyHours(Weekday.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0)),
                new WeeklyHours(Weekday.Tuesday, new TimeOnly(13, 0), new TimeOnly(9, 0), SiteId: Guid.NewGuid()),
            ],
        };

        var response = await client.PostAsync("/services", service);

        Assert.Equal(["eligibility.maximumAge", "program", "schedules[1].closesAt", "schedules[1].siteId"], await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task A_value_of_the_wrong_shape_is_named_by_its_path()
    {
        var client = factory.CreateClient();
        const string json = """{"name":"Organisme","type":"spaceship"}""";

        var response = await client.PostAsync("/organizations", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["type"], await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task An_agreement_needs_two_parties_and_a_provider_and_a_corridor_must_match_its_agreement()
    {
        var client = await factory.CreateSeededClientAsync();
        var provider = await client.CreateAsync("/organizations", Samples.Organization("Fournisseur"));
        var requester = await client.CreateAsync("/organizations", Samples.Organization("Demandeur"));
        var other = await client.CreateAsync("/organizations", Samples.Organization("Autre"));
        var onlyOne = Samples.Agreement(provider, requester) with { Parties = [new(provider, null)] };
        var agreement = await client.CreateAsync("/agreements", Samples.Agreement(provider, requester, program: 8));

        var refusedAgreement = await client.PostAsync("/agreements", onlyOne);
        var refusedCorridor = await client.PostAsync("/corridors", new
        {
            name = "Corridor", program = 7, level = "second-line", fromOrganizationId = other, toOrganizationId = provider, agreementId = agreement,
        });

        Assert.Equal(["parties", "parties[0].role"], await refusedAgreement.ErrorFieldsAsync());
        var problem = await refusedCorridor.ReadJsonAsync();
        Assert.Equal(2, problem["errors"]!["agreementId"]!.AsArray().Count);
    }

    [Fact]
    public async Task Raci_needs_exactly_one_accountable_per_responsibility_and_a_known_territory()
    {
        var client = await factory.CreateSeededClientAsync();
        var body = new ResponsibilitySetBody(8, "0515", new Manager("Gestionnaire"), new Manager("Médecin"),
            [new RaciAssignment("Corridors", "Équipe A", RaciRole.Responsible), new RaciAssignment("Corridors", "Équipe B", RaciRole.Responsible)]);

        var noAccountable = await client.PostAsync("/responsibilities", body);
        var unknownTerritory = await client.PostAsync("/responsibilities", body with { TerritoryCode = "9999", Assignments = [] });
        var fine = await client.PostAsync("/responsibilities", body with { Assignments = [.. body.Assignments!, new RaciAssignment("Corridors", "Direction", RaciRole.Accountable)] });

        Assert.Equal(["assignments"], await noAccountable.ErrorFieldsAsync());
        Assert.Equal(["territoryCode"], await unknownTerritory.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
    }

    [Fact]
    public async Task Search_parameters_that_do_not_apply_or_are_out_of_range_are_refused()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync("/organizations?program=3&pageSize=0&level=fourth-line&latitude=45");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["level", "pageSize", "program", "withinKm"], await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task An_update_checks_the_data_like_a_creation()
    {
        var client = factory.CreateClient();
        var id = await client.CreateAsync("/clinical-models", new { name = "Modèle", programs = new[] { 8 }, gapTypes = new[] { "accessibility" } });

        var response = await client.PutAsync($"/clinical-models/{id}", new { name = "Modèle", programs = new[] { 8, 8 }, gapTypes = Array.Empty<string>() }, "\"1\"");

        Assert.Equal(["gapTypes", "programs"], await response.ErrorFieldsAsync());
        Assert.Equal(1, (await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/clinical-models/{id}"))!["version"]!.GetValue<int>());
    }
}
