using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// Stores a value object or a list of them (phones, schedules, agreement parties) as one JSON text column:
/// they are read and written with their resource, never queried on their own, and the same column type works
/// on SQL Server and SQLite.
/// </summary>
public static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : class?
    {
        property.HasConversion(
            value => Write(value),
            text => Read<T>(text),
            new ValueComparer<T>(
                (left, right) => Write(left) == Write(right),
                value => Write(value).GetHashCode(StringComparison.Ordinal),
                value => Read<T>(Write(value))));
        return property;
    }

    public static string Write<T>(T? value) => JsonSerializer.Serialize(value, InventoryJson.Options);

    public static T Read<T>(string text) => JsonSerializer.Deserialize<T>(text, InventoryJson.Options)!;
}
