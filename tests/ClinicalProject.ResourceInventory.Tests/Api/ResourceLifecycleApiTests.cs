using System.Net;
using ClinicalProject.ResourceInventory.Organizations;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.Api;

public sealed class ResourceLifecycleApiTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task A_created_resource_reads_back_with_its_version_as_etag()
    {
        var client = factory.CreateClient();

        var created = await client.PostAsync("/organizations", Samples.Organization("CIUSSS A"), author: "planner@estrie");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.ETag());
        var body = await created.ReadJsonAsync();
        var id = body["id"]!.GetValue<Guid>();
        Assert.Equal($"/organizations/{id}", created.Headers.Location?.OriginalString);
        var read = await client.GetAsync($"/organizations/{id}");
        Assert.Equal("\"1\"", read.ETag());
        var json = await read.ReadJsonAsync();
        Assert.Equal(("organization", "active", 1, "planner@estrie"), (json["kind"]!.GetValue<string>(), json["status"]!.GetValue<string>(), json["version"]!.GetValue<int>(), json["createdBy"]!.GetValue<string>()));
        Assert.Equal(("CIUSSS A", "integrated-centre", "819-555-0100"), (json["data"]!["name"]!.GetValue<string>(), json["data"]!["type"]!.GetValue<string>(), json["data"]!["phones"]![0]!["number"]!.GetValue<string>()));

        // The suite's ETag rule: a read naming the current version is answered 304, without a body.
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/organizations/{id}");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", "\"1\"");
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        var older = new HttpRequestMessage(HttpMethod.Get, $"/organizations/{id}");
        older.Headers.TryAddWithoutValidation("If-None-Match", "\"0\"");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(older)).StatusCode);
    }

    [Fact]
    public async Task An_update_needs_the_current_etag_and_a_stale_one_changes_nothing()
    {
        var client = factory.CreateClient();
        var id = await client.CreateAsync("/organizations", Samples.Organization("CIUSSS B"));

        var missing = await client.PutAsync($"/organizations/{id}", Samples.Organization("CIUSSS B renamed"), ifMatch: null);
        var first = await client.PutAsync($"/organizations/{id}", Samples.Organization("CIUSSS B renamed"), ifMatch: "\"1\"");
        var stale = await client.PutAsync($"/organizations/{id}", Samples.Organization("CIUSSS B lost update"), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.ETag());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(2, (await stale.ReadJsonAsync())["currentVersion"]!.GetValue<int>());
        var current = await client.GetJsonAsync($"/organizations/{id}");
        Assert.Equal(("CIUSSS B renamed", 2), (current["data"]!["name"]!.GetValue<string>(), current["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_update_that_changes_nothing_keeps_the_version()
    {
        var client = factory.CreateClient();
        var id = await client.CreateAsync("/organizations", Samples.Organization("CIUSSS C"));

        var same = await client.PutAsync($"/organizations/{id}", Samples.Organization("CIUSSS C"), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("\"1\"", same.ETag());
        Assert.Single((await client.GetJsonAsync($"/organizations/{id}/history")).AsArray());
    }

    [Fact]
    public async Task Retiring_keeps_the_resource_readable_hides_it_from_searches_and_refuses_updates()
    {
        var client = factory.CreateClient();
        var id = await client.CreateAsync("/organizations", Samples.Organization("Organisme à retirer", OrganizationKind.CommunityOrganization));

        var withoutEtag = await client.RetireAsync($"/organizations/{id}", null);
        var retired = await client.RetireAsync($"/organizations/{id}", "\"1\"");
        var update = await client.PutAsync($"/organizations/{id}", Samples.Organization("Encore"), ifMatch: "\"2\"");

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutEtag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.Equal(("retired", 2), ((await retired.ReadJsonAsync())["status"]!.GetValue<string>(), (await client.GetJsonAsync($"/organizations/{id}"))["version"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);
        var active = await client.GetJsonAsync("/organizations?q=retirer");
        var all = await client.GetJsonAsync("/organizations?q=retirer&status=all");
        Assert.Equal((0, 1), (active["totalCount"]!.GetValue<int>(), all["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_history_says_who_changed_which_field_from_what_to_what()
    {
        var client = factory.CreateClient();
        var created = await client.PostAsync("/organizations", Samples.Organization("CIUSSS D"), author: "alice");
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        await client.PutAsync($"/organizations/{id}", Samples.Organization("CIUSSS D") with { Email = "new@example.org" }, ifMatch: "\"1\"");
        await client.RetireAsync($"/organizations/{id}", "\"2\"");

        var history = (await client.GetJsonAsync($"/organizations/{id}/history")).AsArray();

        Assert.Equal(
            [(1, "created", "alice"), (2, "updated", "dev-planner"), (3, "retired", "dev-planner")],
            history.Select(h => (h!["version"]!.GetValue<int>(), h["action"]!.GetValue<string>(), h["changedBy"]!.GetValue<string>())));
        Assert.Equal("CIUSSS D", history[0]!["changes"]!["name"]!["to"]!.GetValue<string>());
        var emailChange = history[1]!["changes"]!.AsObject();
        Assert.Equal(["email"], emailChange.Select(c => c.Key));
        Assert.Equal(("info@example.org", "new@example.org"), (emailChange["email"]!["from"]!.GetValue<string>(), emailChange["email"]!["to"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_committed_change_is_announced_with_kind_id_version_and_action()
    {
        var client = factory.CreateClient();
        var id = await client.CreateAsync("/organizations", Samples.Organization("CIUSSS E"));
        await client.PutAsync($"/organizations/{id}", Samples.Organization("CIUSSS E2"), ifMatch: "\"1\"");
        await client.RetireAsync($"/organizations/{id}", "\"2\"");

        var expected = new[] { ("organization", id, 1, "created"), ("organization", id, 2, "updated"), ("organization", id, 3, "retired") };
        foreach (var change in expected)
        {
            Assert.True(await factory.WasAnnouncedAsync(change.Item1, change.Item2, change.Item3, change.Item4), $"No ResourceInventoryChanged for {change}.");
        }
    }

    [Fact]
    public async Task A_refused_change_announces_nothing_and_stores_nothing()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/organizations", Samples.Organization("") with { Email = "not an email" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Organizations.Count(o => o.Email == "not an email"))));
    }

    [Fact]
    public async Task Unknown_ids_answer_404_problems()
    {
        var client = factory.CreateClient();

        var get = await client.GetAsync($"/sites/{Guid.NewGuid()}");
        var put = await client.PutAsync($"/services/{Guid.NewGuid()}", new { }, "\"1\"");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, put.StatusCode));
        var problem = await get.ReadJsonAsync();
        Assert.Equal((404, "No such site."), (problem["status"]!.GetValue<int>(), problem["title"]!.GetValue<string>()));
    }
}
