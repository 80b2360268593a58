using System.Net;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>The evaluation is declared when the plan starts, then never edited: later versions are new, visibly later rows.</summary>
public sealed class EvaluationDeclarationTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    [Fact]
    public async Task Starting_a_plan_needs_its_evaluation_and_a_problem_names_what_is_missing()
    {
        var client = factory.CreateClient();
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("No evaluation")).OkAsync())["id"]!.GetValue<Guid>();

        var without = await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", Samples.Start(null), "\"1\"");
        Assert.Equal(["evaluation"], await without.ProblemFieldsAsync());
        var incomplete = await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status",
            Samples.Start(new { design = "difference-in-differences", outcomes = new[] { "ER", "NOT-FOLLOWED" } }), "\"1\"");
        Assert.Equal(["evaluation.expectedEffect.measure", "evaluation.interventionDate", "evaluation.outcomes[1]"], await incomplete.ProblemFieldsAsync());

        var plan = await client.GetJsonAsync($"/plans/{id}");
        Assert.Equal(("planned", 1), (plan["status"]!.GetValue<string>(), plan["version"]!.GetValue<int>()));
        Assert.Empty((await client.GetJsonAsync($"/plans/{id}/evaluations")).AsArray());
    }

    [Fact]
    public async Task The_declaration_is_recorded_at_the_start_and_a_change_is_a_new_version_with_its_author_and_reason()
    {
        var client = factory.CreateClient();
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Declared")).OkAsync())["id"]!.GetValue<Guid>();
        await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", Samples.Start(Samples.Evaluation(size: -10)), "\"1\"", author: "alice").OkAsync();

        var noReason = await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/evaluations", Samples.Evaluation(size: -20), "\"3\"");
        Assert.Equal(["reason"], await noReason.ProblemFieldsAsync());
        var second = await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/evaluations", Samples.Evaluation(size: -20, reason: "protocol amended"), "\"3\"", author: "bob");
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var same = await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/evaluations", Samples.Evaluation(size: -20, reason: "sent twice"), "\"4\"");
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);

        var versions = (await client.GetJsonAsync($"/plans/{id}/evaluations")).AsArray();
        Assert.Equal([(1, -10.0, "alice", 0), (2, -20.0, "bob", 0)], versions.Select(v => (
            v!["version"]!.GetValue<int>(), v["expectedEffect"]!["size"]!.GetValue<double>(), v["declaredBy"]!.GetValue<string>(), v["postInterventionPointsSeen"]!.GetValue<int>())));
        Assert.True(versions[1]!["declaredAtUtc"]!.GetValue<DateTime>() >= versions[0]!["declaredAtUtc"]!.GetValue<DateTime>());
        Assert.Equal(["T-1", "T-2"], versions[0]!["treatedTerritories"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(["C-1"], versions[0]!["comparisonTerritories"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task The_database_refuses_to_edit_or_delete_a_declaration_and_a_declared_outcome_stays_followed()
    {
        var client = factory.CreateClient();
        var id = (await client.SendJsonAsync(HttpMethod.Post, "/plans", Samples.Plan("Immutable", indicators: [Samples.Indicator("ER"), Samples.Indicator("EMS")])).OkAsync())["id"]!.GetValue<Guid>();
        await client.SendJsonAsync(HttpMethod.Post, $"/plans/{id}/status", Samples.Start(Samples.Evaluation()), "\"1\"").OkAsync();

        var edit = await factory.WithDbAsync(async db =>
        {
            var declaration = await db.EvaluationDeclarations.SingleAsync(d => d.PlanId == id);
            declaration.InterventionDate = new DateOnly(2030, 1, 1);
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });
        var delete = await factory.WithDbAsync(async db =>
        {
            db.EvaluationDeclarations.Remove(await db.EvaluationDeclarations.SingleAsync(d => d.PlanId == id));
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });
        Assert.IsType<InvalidOperationException>(edit);
        Assert.IsType<InvalidOperationException>(delete);
        Assert.Equal("2025-01-01", (await client.GetJsonAsync($"/plans/{id}/evaluations"))[0]!["interventionDate"]!.GetValue<string>());

        var dropped = await client.SendJsonAsync(HttpMethod.Put, $"/plans/{id}", Samples.Plan("Immutable", indicators: [Samples.Indicator("EMS")]), "\"3\"");
        Assert.Equal(["indicators"], await dropped.ProblemFieldsAsync());
    }
}
