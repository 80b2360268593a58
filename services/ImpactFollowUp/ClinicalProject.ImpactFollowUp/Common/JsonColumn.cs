using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>
/// A list or value object stored as one JSON text column (read and written with its owner, never queried on its
/// own; the same column type on SQL Server and SQLite).
/// </summary>
public static class JsonColumn
{
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, ImpactJson.Options),
            text => JsonSerializer.Deserialize<T>(text, ImpactJson.Options)!,
            new ValueComparer<T>(
                (left, right) => JsonSerializer.Serialize(left, ImpactJson.Options) == JsonSerializer.Serialize(right, ImpactJson.Options),
                value => JsonSerializer.Serialize(value, ImpactJson.Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, ImpactJson.Options), ImpactJson.Options)!));
        return property;
    }
}
