using System.Text.Json;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// The check of an RFC 7946 geometry object: a known <c>type</c> with <c>coordinates</c> of that type's shape
/// (or, for a collection, <c>geometries</c>). Positions are two or three finite numbers, longitude within ±180
/// and latitude within ±90; a polygon's rings are closed (first position repeated last) with at least four
/// positions (§3.1.6): an open ring is no area, and maps and area computations fail on it.
/// </summary>
internal static class GeoJsonGeometry
{
    public static bool IsGeometry(JsonElement element) => IsGeometry(element, nested: false);

    private static bool IsGeometry(JsonElement element, bool nested)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        if (type.GetString() == "GeometryCollection")
        {
            // RFC 7946 §3.1.8: collections should not nest.
            return !nested
                   && element.TryGetProperty("geometries", out var members)
                   && members.ValueKind == JsonValueKind.Array
                   && members.EnumerateArray().All(member => IsGeometry(member, nested: true));
        }

        if (!element.TryGetProperty("coordinates", out var c))
        {
            return false;
        }

        return type.GetString() switch
        {
            "Point" => IsPosition(c),
            "MultiPoint" => Each(c, IsPosition),
            "LineString" => IsLine(c),
            "MultiLineString" => Each(c, IsLine),
            "Polygon" => IsPolygon(c),
            "MultiPolygon" => Each(c, IsPolygon),
            _ => false,
        };
    }

    private static bool Each(JsonElement array, Func<JsonElement, bool> check) =>
        array.ValueKind == JsonValueKind.Array && array.EnumerateArray().All(check);

    private static bool IsPosition(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3
            || !position.EnumerateArray().All(n => n.ValueKind == JsonValueKind.Number && double.IsFinite(n.GetDouble())))
        {
            return false;
        }

        return Math.Abs(position[0].GetDouble()) <= 180 && Math.Abs(position[1].GetDouble()) <= 90;
    }

    private static bool IsLine(JsonElement line) => Each(line, IsPosition) && line.GetArrayLength() >= 2;

    private static bool IsPolygon(JsonElement rings) => Each(rings, IsClosedRing) && rings.GetArrayLength() >= 1;

    private static bool IsClosedRing(JsonElement ring)
    {
        if (!Each(ring, IsPosition) || ring.GetArrayLength() < 4)
        {
            return false;
        }

        var first = ring[0];
        var last = ring[ring.GetArrayLength() - 1];
        return first.GetArrayLength() == last.GetArrayLength()
               && Enumerable.Range(0, first.GetArrayLength()).All(i => first[i].GetDouble() == last[i].GetDouble());
    }
}
