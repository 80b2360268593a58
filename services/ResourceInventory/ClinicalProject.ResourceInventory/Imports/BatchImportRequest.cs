using System.Text.Json.Nodes;

namespace ClinicalProject.ResourceInventory.Imports;

/// <summary>
/// <c>POST /imports</c>: resources to create, in order. An item's <c>body</c> is what <c>POST /{route}</c> takes; a
/// string <c>"@key"</c> anywhere in it stands for the id given to the earlier item with that key.
/// </summary>
public sealed record BatchImportRequest(IReadOnlyList<BatchImportItem>? Items);

/// <param name="Key">The item's name within the batch (unique), for later items to refer to.</param>
/// <param name="Route">The kind's route: organizations, sites, services, capacities, agreements, corridors, responsibilities, clinical-models, collaborations.</param>
/// <param name="Body">The resource, as its own endpoint takes it.</param>
public sealed record BatchImportItem(string? Key, string? Route, JsonObject? Body);

/// <summary>What a batch import stored (201), or found already stored with the same content (200).</summary>
public sealed record BatchImportSummary(Guid Id, string ContentHash, int ItemCount, bool AlreadyImported, DateTime ImportedAtUtc, string ImportedBy, IReadOnlyDictionary<string, Guid> Ids);
