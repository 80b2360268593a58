using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// SHA-256 of a hierarchy's normalised content: territories sorted by code, each written as a JSON array of
/// its fields (canonical level names, round-trip numbers, minified geometry). Row order, delimiter, file
/// format, whitespace and decimal style do not change it; any change of a value does.
/// </summary>
public static class TerritoryContentHash
{
    public static string Compute(IEnumerable<TerritoryDefinition> territories)
    {
        // Hashed territory by territory: geometries can make the whole text large.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartArray();
        foreach (var territory in territories.OrderBy(t => t.Code, StringComparer.Ordinal))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(territory.Code);
            writer.WriteStringValue(territory.Level.ToName());
            WriteNullable(writer, territory.ParentCode);
            writer.WriteStringValue(territory.NameFr);
            writer.WriteStringValue(territory.NameEn);
            WriteNullable(writer, territory.CentroidLatitude);
            WriteNullable(writer, territory.CentroidLongitude);
            WriteNullable(writer, territory.GeometryGeoJson);
            writer.WriteEndArray();
            Drain(writer, buffer, hash);
        }

        writer.WriteEndArray();
        Drain(writer, buffer, hash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Drain(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, IncrementalHash hash)
    {
        writer.Flush();
        hash.AppendData(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
