using Microsoft.Net.Http.Headers;

namespace ClinicalProject.Tabular;

/// <summary>Classifies a Content-Type: text/csv and JSON in UTF-8 only (a charset other than UTF-8 is refused), Parquet.</summary>
public static class BodyFormats
{
    public const string ParquetMediaType = "application/vnd.apache.parquet";

    public static BodyFormat Classify(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return BodyFormat.Unsupported;
        }

        var type = mediaType.MediaType.Value;
        if (string.Equals(type, ParquetMediaType, StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "application/x-parquet", StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Parquet;
        }

        var charset = mediaType.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Unsupported;
        }

        if (string.Equals(type, "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return BodyFormat.Csv;
        }

        return string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase) || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
            ? BodyFormat.Json
            : BodyFormat.Unsupported;
    }
}
