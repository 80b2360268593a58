using System.Net;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>
/// The same plan (same reference, same content) posted by several clients at once, as loaders run twice in
/// parallel would: one creates it, the others get it back with 200, none a 5xx (the check of the reference and the
/// write are not one step, so the write that loses answers as the check would have).
/// </summary>
public sealed class ConcurrentPlanCreationTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    private const int Requests = 8;

    [Fact]
    public async Task Concurrent_creations_of_one_referenced_plan_create_it_once_and_answer_the_others_with_it()
    {
        var client = factory.CreateClient();
        var plan = Samples.Plan("Created once", reference: "concurrent-plan-1");
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, Requests).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await client.SendJsonAsync(HttpMethod.Post, "/plans", plan);
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(tasks);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"answered {(int)r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await response.ReadJsonAsync())["id"]!.GetValue<Guid>());
        }

        Assert.Single(ids);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Plans.CountAsync(p => p.Reference == "concurrent-plan-1")));
    }
}
