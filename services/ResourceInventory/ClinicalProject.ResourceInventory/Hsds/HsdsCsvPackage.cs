using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sylvan.Data.Csv;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// HSDS's tabular form: a ZIP of one CSV file per table (UTF-8, comma, header row) and a Frictionless
/// <c>datapackage.json</c> describing them. Tables the inventory does not use are ignored on import.
/// </summary>
public static class HsdsCsvPackage
{
    public const string MediaType = "application/zip";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task WriteAsync(HsdsPackage package, Stream output, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var resources = new JsonArray();
        foreach (var table in HsdsSchema.Tables)
        {
            var entry = zip.CreateEntry(table.File, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero); // stable bytes
            await using (var writer = new StreamWriter(entry.Open(), Utf8))
            {
                await writer.WriteAsync(string.Join(',', table.Columns) + "\n");
                foreach (var row in package[table.Name])
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await writer.WriteAsync(string.Join(',', table.Columns.Select(c => Quote(row[c]))) + "\n");
                }
            }

            resources.Add(new JsonObject
            {
                ["name"] = table.Name,
                ["path"] = table.File,
                ["profile"] = "tabular-data-resource",
                ["format"] = "csv",
                ["mediatype"] = "text/csv",
                ["encoding"] = "utf-8",
                ["schema"] = new JsonObject
                {
                    ["fields"] = new JsonArray([.. table.Columns.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["type"] = table.Numeric.Contains(c) ? "number" : "string" })]),
                    ["primaryKey"] = "id",
                },
            });
        }

        var descriptor = new JsonObject
        {
            ["name"] = "clinicalproject-resource-inventory",
            ["title"] = "ClinicalProject resource inventory (Open Referral HSDS 3.0)",
            ["profile"] = "tabular-data-package",
            ["resources"] = resources,
        };
        var datapackage = zip.CreateEntry("datapackage.json");
        datapackage.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var stream = datapackage.Open();
        await JsonSerializer.SerializeAsync(stream, descriptor, new JsonSerializerOptions { WriteIndented = true }, cancellationToken);
    }

    /// <summary>Reads every known table of the ZIP; what cannot be read is reported, never half-read.</summary>
    public static async Task<(HsdsPackage Package, List<HsdsImportError> Errors)> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        var package = new HsdsPackage();
        var errors = new List<HsdsImportError>();
        ZipArchive zip;
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            errors.Add(new HsdsImportError("package", 0, null, null, "invalid-zip", $"The body is not a ZIP archive: {exception.Message}"));
            return (package, errors);
        }

        using (zip)
        {
            try
            {
                // The central directory is read on first use, not when the archive opens: a damaged one (an entry
                // count that does not match, offsets past the end) shows only here.
                entries = zip.Entries;
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                errors.Add(new HsdsImportError("package", 0, null, null, "invalid-zip", $"The ZIP archive's central directory is damaged: {exception.Message}"));
                return (package, errors);
            }

            foreach (var table in HsdsSchema.Tables)
            {
                // Files may sit at the root or in one folder (as zipping a folder does).
                var entry = entries.FirstOrDefault(e => string.Equals(Path.GetFileName(e.FullName), table.File, StringComparison.OrdinalIgnoreCase));
                if (entry is null)
                {
                    continue;
                }

                try
                {
                    await using var stream = entry.Open();
                    using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true);
                    await using var csv = await CsvDataReader.CreateAsync(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' }, cancellationToken);
                    var columns = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToArray();
                    if (!columns.Contains("id"))
                    {
                        errors.Add(new HsdsImportError(table.File, 0, "id", null, "missing-column", $"{table.File} has no id column."));
                        continue;
                    }

                    var rowNumber = 0;
                    while (await csv.ReadAsync(cancellationToken))
                    {
                        var row = package.Add(table.Name, table.File, ++rowNumber);
                        for (var i = 0; i < columns.Length && i < csv.RowFieldCount; i++)
                        {
                            row[columns[i]] = csv.GetString(i);
                        }
                    }
                }
                catch (Exception exception) when (exception is DecoderFallbackException or CsvFormatException)
                {
                    errors.Add(new HsdsImportError(table.File, 0, null, null, exception is DecoderFallbackException ? "invalid-encoding" : "invalid-csv",
                        $"{table.File} cannot be read as UTF-8 CSV: {exception.Message}"));
                }
                catch (Exception exception) when (IsDamage(exception))
                {
                    errors.Add(new HsdsImportError(table.File, 0, null, null, "invalid-zip",
                        $"{table.File} cannot be extracted from the ZIP archive (damaged or unsupported entry): {exception.Message}"));
                }
            }
        }

        return (package, errors);
    }

    /// <summary>
    /// What the ZIP reader throws on damaged or hostile bytes: besides InvalidDataException, bad offsets and
    /// sizes surface as IOException, ArgumentException (seeks before the start) or NotSupportedException (an
    /// unknown compression method). A cancellation is not damage.
    /// </summary>
    private static bool IsDamage(Exception exception) =>
        exception is InvalidDataException or IOException or ArgumentException or NotSupportedException or OverflowException or IndexOutOfRangeException;

    private static string Quote(string? value)
    {
        if (value is null)
        {
            return "";
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
