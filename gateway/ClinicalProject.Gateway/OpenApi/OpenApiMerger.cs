using System.Text.Json.Nodes;
using ClinicalProject.Gateway.Routing;

namespace ClinicalProject.Gateway.OpenApi;

/// <summary>
/// Merges the services' OpenAPI documents into the gateway's one: each path gets its service's public prefix
/// (<c>/territories</c> of profiling → <c>/api/v1/profiling/territories</c>), operations are tagged with the
/// service, components with the same name and the same content are shared, and a name two services use for
/// different things is given the service's name as a prefix (every <c>$ref</c> to it rewritten), and so is every
/// operation id (<c>getTerritories</c> of profiling → <c>profilingGetTerritories</c>). The bearer
/// security scheme applies to every operation.
/// </summary>
public static class OpenApiMerger
{
    public const string BearerScheme = "bearer";

    /// <param name="documents">Each service's document, by service name, with its public prefix.</param>
    public static JsonObject Merge(IEnumerable<(string Service, string Prefix, JsonObject Document)> documents, IEnumerable<string> unavailable)
    {
        var paths = new JsonObject();
        var components = new JsonObject();
        var tags = new JsonArray();
        string? openApiVersion = null;
        foreach (var (service, prefix, original) in documents.OrderBy(d => d.Service, StringComparer.Ordinal))
        {
            var document = (JsonObject)original.DeepClone();
            openApiVersion ??= document["openapi"]?.GetValue<string>();
            var renames = PlanRenames(service, document["components"] as JsonObject, components);
            RewriteReferences(document, renames);
            CopyComponents(document["components"] as JsonObject, components, renames);

            var serviceTag = Title(service);
            tags.Add(new JsonObject { ["name"] = serviceTag, ["description"] = $"The {service} service, under {prefix}." });
            foreach (var (path, item) in document["paths"] as JsonObject ?? [])
            {
                var publicPath = prefix + (path == "/" ? string.Empty : path);
                if (item is not JsonObject operations || InternalEndpointGuard.IsInternal(new PathString(publicPath)))
                {
                    continue;
                }

                var copy = (JsonObject)operations.DeepClone();
                foreach (var (_, operation) in copy)
                {
                    if (operation is JsonObject op && op.ContainsKey("responses"))
                    {
                        var own = op["tags"] as JsonArray;
                        op["tags"] = new JsonArray(own is { Count: > 0 }
                            ? own.Select(t => (JsonNode?)JsonValue.Create($"{serviceTag}: {t?.GetValue<string>()}")).ToArray()
                            : [JsonValue.Create(serviceTag)]);
                        if (op["operationId"] is JsonValue id && id.TryGetValue<string>(out var operationId) && operationId.Length > 0)
                        {
                            // Every service answers getTerritories: the service's name keeps the ids unique.
                            op["operationId"] = service + char.ToUpperInvariant(operationId[0]) + operationId[1..];
                        }
                    }
                }

                paths[publicPath] = copy;
            }
        }

        var schemes = components["securitySchemes"] as JsonObject ?? [];
        components["securitySchemes"] = schemes;
        schemes[BearerScheme] = new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "bearer",
            ["bearerFormat"] = "JWT",
            ["description"] = "An OpenID Connect access token with the suite's roles (viewer, analyst, planner, admin).",
        };
        var merged = new JsonObject
        {
            ["openapi"] = openApiVersion ?? "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "ClinicalProject API",
                ["version"] = "v1",
                ["description"] = "Every public API of the suite through its gateway. Reading needs the viewer role; "
                    + "imports need analyst; inventory, analyses and action plans need planner; admin may do everything.",
            },
            ["paths"] = paths,
            ["components"] = components,
            ["security"] = new JsonArray(new JsonObject { [BearerScheme] = new JsonArray() }),
            ["tags"] = tags,
        };
        var missing = unavailable.ToArray();
        if (missing.Length > 0)
        {
            merged["x-unavailable-services"] = new JsonArray(missing.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        }

        return merged;
    }

    /// <summary>
    /// The references of this service's components whose names are already taken in <paramref name="merged"/>
    /// by different content, and their new names (the service's name before them).
    /// </summary>
    private static Dictionary<string, string> PlanRenames(string service, JsonObject? own, JsonObject merged)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, entries) in own ?? [])
        {
            foreach (var (name, value) in entries as JsonObject ?? [])
            {
                if (merged[kind]?[name] is { } existing && !JsonNode.DeepEquals(existing, value))
                {
                    renames[$"#/components/{kind}/{name}"] = $"#/components/{kind}/{Title(service)}{name}";
                }
            }
        }

        return renames;
    }

    private static void CopyComponents(JsonObject? own, JsonObject merged, IReadOnlyDictionary<string, string> renames)
    {
        foreach (var (kind, entries) in own ?? [])
        {
            var target = merged[kind] as JsonObject ?? [];
            merged[kind] = target;
            foreach (var (name, value) in entries as JsonObject ?? [])
            {
                var finalName = renames.TryGetValue($"#/components/{kind}/{name}", out var renamed) ? renamed.Split('/')[^1] : name;
                target[finalName] = value?.DeepClone();
            }
        }
    }

    private static void RewriteReferences(JsonNode? node, IReadOnlyDictionary<string, string> renames)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) && renames.TryGetValue(target, out var renamed))
                {
                    obj["$ref"] = renamed;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    RewriteReferences(child, renames);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RewriteReferences(child, renames);
                }

                break;
        }
    }

    private static string Title(string service) => char.ToUpperInvariant(service[0]) + service[1..];
}
