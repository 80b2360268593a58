using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ClinicalProject.GapAnalysis.Tests.Infrastructure;

/// <summary>
/// Answers the service's bulk reads as population profiling and the inventory would: <c>profiles/latest/gap-inputs</c>
/// (404 until a profile is served) and <c>gap-inputs</c>; counts the calls.
/// </summary>
public sealed class StandInSources : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private JsonObject? _profile;
    private JsonObject _inventory = TestWorld.Inventory();

    public int ProfileReads { get; private set; }

    public int InventoryReads { get; private set; }

    public void ServeProfile(JsonObject? profile)
    {
        lock (_gate) _profile = profile;
    }

    public void ServeInventory(JsonObject inventory)
    {
        lock (_gate) _inventory = inventory;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        lock (_gate)
        {
            if (path.EndsWith("/profiles/latest/gap-inputs", StringComparison.Ordinal))
            {
                ProfileReads++;
                return Task.FromResult(_profile is null ? new HttpResponseMessage(HttpStatusCode.NotFound) : Json(_profile));
            }

            if (path == "/gap-inputs")
            {
                InventoryReads++;
                return Task.FromResult(Json(_inventory));
            }
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    private static HttpResponseMessage Json(JsonObject body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
