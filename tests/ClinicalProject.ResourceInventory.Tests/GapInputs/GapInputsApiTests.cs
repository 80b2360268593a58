using System.Net;
using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.GapInputs;

/// <summary>Gap analysis's bulk read of the inventory: every active resource once, current capacities only, a version that moves with any change.</summary>
public sealed class GapInputsApiTests(InventoryApiFactory factory) : IClassFixture<InventoryApiFactory>
{
    [Fact]
    public async Task The_snapshot_holds_active_resources_and_current_capacity_and_its_version_follows_changes()
    {
        var client = await factory.CreateSeededClientAsync();
        await RichInventory.CreateAsync(client);
        var snapshot = await client.GetJsonAsync("/gap-inputs");
        Assert.Equal(2, snapshot["organizations"]!.AsArray().Count);
        Assert.Equal(3, snapshot["sites"]!.AsArray().Count);
        var mental = snapshot["services"]!.AsArray().Single(s => s!["program"]!.GetValue<int>() == 8)!;
        Assert.Equal("first-line", mental["level"]!.GetValue<string>());
        // Two FTE records of the mental health service at the hospital: only the latest (2025, 12.5) is current.
        var capacities = snapshot["capacities"]!.AsArray();
        Assert.Equal(2, capacities.Count);
        var fte = capacities.Single(c => c!["unit"]!.GetValue<string>() == "fte")!;
        Assert.Equal((12.5m, "2025-04-01"), (fte["value"]!.GetValue<decimal>(), fte["asOf"]!.GetValue<string>()));
        var hospital = snapshot["sites"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Hôpital de test")!;
        Assert.Contains("05", hospital["territoryCodes"]!.AsArray().Select(t => t!.GetValue<string>()));

        var version = snapshot["version"]!.GetValue<string>();
        using var cached = new HttpRequestMessage(HttpMethod.Get, "/gap-inputs");
        cached.Headers.TryAddWithoutValidation("If-None-Match", $"\"{version}\"");
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(cached)).StatusCode);

        var organization = await client.CreateAsync("/organizations", Samples.Organization("Nouvel organisme"));
        var after = await client.GetJsonAsync("/gap-inputs");
        Assert.NotEqual(version, after["version"]!.GetValue<string>());
        Assert.Contains(after["organizations"]!.AsArray(), o => o!["id"]!.GetValue<Guid>() == organization);
    }
}
