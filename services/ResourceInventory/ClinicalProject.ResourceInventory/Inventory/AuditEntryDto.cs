using System.Text.Json;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>One entry of a resource's history.</summary>
public sealed record AuditEntryDto(int Version, string Action, string ChangedBy, DateTime ChangedAt, JsonElement Changes);
