using System.Net;
using ClinicalProject.Contracts;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>Plans: creation, optimistic concurrency (ETag / If-Match, 428 and 412), audit by token subject, status history, events.</summary>
public sealed class PlanLifecycleTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    [Fact]
    public async Task A_plan_is_created_changed_with_its_etag_and_every_change_is_audited_with_its_author()
    {
        var client = factory.CreateClient();
        var created = await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Lifecycle"), author: "alice");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.ETag());
        var plan = await created.ReadJsonAsync();
        var id = plan["id"]!.GetValue<Guid>();
        Assert.Equal(("planned", "alice", 1), (plan["status"]!.GetValue<string>(), plan["createdBy"]!.GetValue<string>(), plan["version"]!.GetValue<int>()));

        var missing = await client.SendJsonAsync(HttpMethod.Put, $"/plans/{id}", Samples.Plan("Lifecycle v2"));
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        var changed = await client.SendJsonAsync(HttpMethod.Put, $"/plans/{id}", Samples.Plan("Lifecycle v2"), "\"1\"", author: "bob");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.ETag());
        var stale = await client.SendJsonAsync(HttpMethod.Put, $"/plans/{id}", Samples.Plan("Lifecycle v3"), "\"1\"", author: "carol");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(2, (await stale.ReadJsonAsync())["currentVersion"]!.GetValue<int>());
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/plans/{id}");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", "\"2\"");
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);

        var history = (await client.GetJsonAsync($"/plans/{id}/history")).AsArray();
        Assert.Equal([(1, "created", "alice"), (2, "updated", "bob")],
            history.Select(h => (h!["version"]!.GetValue<int>(), h["action"]!.GetValue<string>(), h["changedBy"]!.GetValue<string>())));
        var titleChange = history[1]!["changes"]!["title"]!;
        Assert.Equal(("Lifecycle", "Lifecycle v2"), (titleChange["from"]!.GetValue<string>(), titleChange["to"]!.GetValue<string>()));
        Assert.Single(history[1]!["changes"]!.AsObject()); // only the title changed

        Assert.NotNull(await factory.WaitForPublishedAsync<ActionPlanChanged>(e => e.PlanId == id && e.Version == 2 && e.Action == "updated"));
        Assert.Equal("Lifecycle v2", (await client.GetJsonAsync($"/plans/{id}"))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_writers_with_the_same_etag_one_wins_and_the_other_gets_412()
    {
        var client = factory.CreateClient();
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Race")).OkAsync())["id"]!.GetValue<Guid>();

        var answers = await Task.WhenAll(
            client.SendJsonAsync(HttpMethod.Put, $"/plans/{id}", Samples.Plan("Race A"), "\"1\"", author: "a"),
            client.SendJsonAsync(HttpMethod.Put, $"/plans/{id}", Samples.Plan("Race B"), "\"1\"", author: "b"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], answers.Select(a => a.StatusCode).Order());
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
        var plan = await client.GetJsonAsync($"/plans/{id}");
        Assert.Equal(((await winner.ReadJsonAsync())["title"]!.GetValue<string>(), 2), (plan["title"]!.GetValue<string>(), plan["version"]!.GetValue<int>()));
        Assert.Equal(2, (await client.GetJsonAsync($"/plans/{id}/history")).AsArray().Count);
    }

    [Fact]
    public async Task Status_changes_follow_the_lifecycle_and_keep_their_history()
    {
        var client = factory.CreateClient();
        var plan = await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Status")).OkAsync();
        var id = plan["id"]!.GetValue<Guid>();

        var done = await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", new { status = "done" }, "\"1\"");
        Assert.Equal(HttpStatusCode.Conflict, done.StatusCode);
        await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", Samples.Start(Samples.Evaluation()), "\"1\"", author: "dana").OkAsync();
        var stopped = await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", new { status = "stopped", reason = "funding ended" }, "\"3\"", author: "erin").OkAsync();
        Assert.Equal(("stopped", 4), (stopped["status"]!.GetValue<string>(), stopped["version"]!.GetValue<int>()));

        var steps = (await client.GetJsonAsync($"/plans/{id}/status-history")).AsArray();
        Assert.Equal([(null, "planned", "dev-planner"), ("planned", "in-progress", "dana"), ("in-progress", "stopped", "erin")],
            steps.Select(s => (s!["from"]?.GetValue<string>(), s["to"]!.GetValue<string>(), s["changedBy"]!.GetValue<string>())));
        Assert.Equal("funding ended", steps[2]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plan_posted_again_under_its_reference_is_recognised_and_other_content_is_refused()
    {
        var client = factory.CreateClient();
        var first = await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Reloadable", reference: "demo-ref"));
        var again = await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Reloadable", reference: "demo-ref"));
        var other = await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Something else", reference: "demo-ref"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, again.StatusCode, other.StatusCode));
        var id = (await first.ReadJsonAsync())["id"]!.GetValue<Guid>();
        Assert.Equal(id, (await again.ReadJsonAsync())["id"]!.GetValue<Guid>());
        Assert.Equal(id, (await other.ReadJsonAsync())["planId"]!.GetValue<Guid>());
        var all = await client.GetJsonAsync("/plans?pageSize=200");
        Assert.Single(all["items"]!.AsArray(), p => p!["reference"]?.GetValue<string>() == "demo-ref");
    }

    [Fact]
    public async Task An_invalid_plan_gets_a_problem_naming_each_field_and_nothing_is_stored()
    {
        var client = factory.CreateClient();
        var before = (await client.GetJsonAsync("/plans?pageSize=200"))["totalCount"]!.GetValue<int>();
        var body = new
        {
            title = "",
            program = 12,
            territories = Array.Empty<string>(),
            startDate = "2025-06-01",
            endDate = "2025-01-01",
            evidence = new[] { new { title = "x", url = "ftp://nope" } },
            indicators = new object[]
            {
                new { code = "ER", baseline = new { value = 1, period = "2024-13" }, target = new { value = 1, date = "2024-01-01" }, comparisonTerritories = new[] { "X" } },
                new { code = "ER", baseline = new { value = 1, period = "2024" }, target = new { value = 1, date = "2026-01-01" }, direction = "lower-is-better" },
            },
        };

        var fields = await (await client.SendJsonAsync(HttpMethod.Post, "/plans", body)).ProblemFieldsAsync();

        Assert.Equal(
            ["coManagement", "endDate", "evidence[0].url", "indicators", "indicators[0].baseline.period", "indicators[0].direction", "indicators[0].target.date", "program", "territories", "title"],
            fields);
        Assert.Equal(before, (await client.GetJsonAsync("/plans?pageSize=200"))["totalCount"]!.GetValue<int>());
        var wrongShape = await client.SendJsonAsync(HttpMethod.Post, "/plans", new { title = "x", program = "two" });
        Assert.Equal(["program"], await wrongShape.ProblemFieldsAsync());
    }
}
