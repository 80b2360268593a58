using System.Text.Json;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// The shape check of an RFC 7946 geometry object: a known <c>type</c> with a <c>coordinates</c> array (or,
/// for a collection, <c>geometries</c>). Positions are not checked one by one; features are not geometries.
/// </summary>
internal static class GeoJsonGeometry
{
    private static readonly HashSet<string> Types =
        ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    public static bool IsGeometry(JsonElement element) => IsGeometry(element, nested: false);

    private static bool IsGeometry(JsonElement element, bool nested) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String
        && Types.Contains(type.GetString()!)
        && (type.GetString() == "GeometryCollection"
            // RFC 7946 §3.1.8: collections should not nest.
            ? !nested
              && element.TryGetProperty("geometries", out var members)
              && members.ValueKind == JsonValueKind.Array
              && members.EnumerateArray().All(member => IsGeometry(member, nested: true))
            : element.TryGetProperty("coordinates", out var coordinates) && coordinates.ValueKind == JsonValueKind.Array);
}
