using System.Text.Json.Serialization;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>A resource as the API answers it: its data and its lifecycle, version and last change.</summary>
public sealed record ResourceDto<TBody>(
    Guid Id,
    string Kind,
    string Status,
    int Version,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime UpdatedAt,
    string UpdatedBy,
    TBody Data)
{
    /// <summary>
    /// In a proximity search only: the great-circle distance in km from the searched point to the resource's
    /// nearest site within the radius (rounded to metres); absent elsewhere.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DistanceKm { get; init; }
}
