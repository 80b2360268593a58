using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sylvan.Data.Csv;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// HSDS's tabular form: a ZIP of one CSV file per table (UTF-8, comma, header row) and a Frictionless
/// <c>datapackage.json</c> describing them. Tables the inventory does not use are ignored on import. A table the
/// descriptor lists must be there, with the header it declares, and every row must have the header's number of
/// fields: a package is read whole or refused.
/// </summary>
public static class HsdsCsvPackage
{
    public const string MediaType = "application/zip";
    public const string DescriptorFile = "datapackage.json";

    /// <summary>The most one table of a package may expand to (the whole demo inventory is about 100 KiB).</summary>
    public const long MaxEntryBytes = 64L * 1024 * 1024;
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
        var datapackage = zip.CreateEntry(DescriptorFile);
        datapackage.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var stream = datapackage.Open();
        await JsonSerializer.SerializeAsync(stream, descriptor, new JsonSerializerOptions { WriteIndented = true }, cancellationToken);
    }

    /// <summary>Reads every known table of the ZIP; what cannot be read is reported, never half-read.</summary>
    public static async Task<(HsdsPackage Package, List<ImportError> Errors)> ReadAsync(Stream input, CancellationToken cancellationToken)
    {
        var package = new HsdsPackage();
        var errors = new List<ImportError>();
        ZipArchive zip;
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            errors.Add(HsdsErrors.At("package", 0, null, null, "invalid-zip", $"The body is not a ZIP archive: {exception.Message}"));
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
                errors.Add(HsdsErrors.At("package", 0, null, null, "invalid-zip", $"The ZIP archive's central directory is damaged: {exception.Message}"));
                return (package, errors);
            }

            // Files may sit at the root or in one folder (as zipping a folder does).
            ZipArchiveEntry? Find(string file) =>
                entries.FirstOrDefault(e => string.Equals(Path.GetFileName(e.FullName), file, StringComparison.OrdinalIgnoreCase));
            var declared = await HsdsDescriptor.ReadAsync(Find(DescriptorFile), errors, cancellationToken);
            foreach (var table in HsdsSchema.Tables)
            {
                var entry = Find(table.File);
                var declaredFields = declared?.GetValueOrDefault(table.File);
                if (entry is null)
                {
                    // A package is a whole: a table its descriptor lists but that is not there (renamed, lost) would
                    // read as an empty table and take that data away from every resource it belongs to.
                    if (declaredFields is not null)
                    {
                        errors.Add(HsdsErrors.At(table.File, 0, null, null, "missing-table",
                            $"{DescriptorFile} lists {table.File} but the archive has no such file; nothing was imported."));
                    }

                    continue;
                }

                try
                {
                    using var stream = new MemoryStream(await ReadEntryAsync(entry, cancellationToken), writable: false);
                    using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true);
                    await using var csv = await CsvDataReader.CreateAsync(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' }, cancellationToken);
                    var columns = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToArray();
                    if (!columns.Contains("id"))
                    {
                        errors.Add(HsdsErrors.At(table.File, 0, "id", null, "missing-column", $"{table.File} has no id column."));
                        continue;
                    }

                    if (declaredFields is { Count: > 0 } && !declaredFields.SequenceEqual(columns, StringComparer.Ordinal))
                    {
                        // A header that is not the declared one (a damaged or renamed column) would leave a column unread.
                        errors.Add(HsdsErrors.At(table.File, 0, null, string.Join(',', columns), "header-mismatch",
                            $"{table.File}'s header is not the fields {DescriptorFile} declares for it ({string.Join(',', declaredFields)})."));
                        continue;
                    }

                    var rowNumber = 0;
                    while (await csv.ReadAsync(cancellationToken))
                    {
                        var row = package.Add(table.Name, table.File, ++rowNumber);
                        if (csv.RowFieldCount != columns.Length)
                        {
                            // A row with fields missing or extra is damaged or misquoted: reading it by position would
                            // shift or drop values.
                            errors.Add(HsdsErrors.At(table.File, rowNumber, null, null, "field-count",
                                $"Row {rowNumber} of {table.File} has {csv.RowFieldCount} fields; the header has {columns.Length}."));
                            continue;
                        }

                        for (var i = 0; i < columns.Length; i++)
                        {
                            row[columns[i]] = csv.GetString(i);
                        }
                    }
                }
                catch (Exception exception) when (exception is DecoderFallbackException or CsvFormatException)
                {
                    errors.Add(HsdsErrors.At(table.File, 0, null, null, exception is DecoderFallbackException ? "invalid-encoding" : "invalid-csv",
                        $"{table.File} cannot be read as UTF-8 CSV: {exception.Message}"));
                }
                catch (Exception exception) when (IsDamage(exception))
                {
                    errors.Add(HsdsErrors.At(table.File, 0, null, null, "invalid-zip",
                        $"{table.File} cannot be extracted from the ZIP archive (damaged or unsupported entry): {exception.Message}"));
                }
            }
        }

        return (package, errors);
    }

    /// <summary>
    /// An entry's bytes, checked against the CRC-32 its header records: the ZIP reader does not check it, so a
    /// flipped bit inside a compressed file read as different data (a site's coordinates). Bounded so that a small
    /// archive cannot expand without end.
    /// </summary>
    internal static async Task<byte[]> ReadEntryAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Length > MaxEntryBytes)
        {
            throw new InvalidDataException($"{entry.Name} expands to {entry.Length} bytes; a table may hold at most {MaxEntryBytes}.");
        }

        await using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxEntryBytes)
            {
                throw new InvalidDataException($"{entry.Name} expands to more than {MaxEntryBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        if (bytes.LongLength != entry.Length || Crc32.HashToUInt32(bytes) != entry.Crc32)
        {
            throw new InvalidDataException($"{entry.Name} does not match the size and CRC-32 its ZIP header records: the archive is damaged.");
        }

        return bytes;
    }

    /// <summary>
    /// What the ZIP reader throws on damaged or hostile bytes: besides InvalidDataException, bad offsets and
    /// sizes surface as IOException, ArgumentException (seeks before the start) or NotSupportedException (an
    /// unknown compression method). A cancellation is not damage.
    /// </summary>
    internal static bool IsDamage(Exception exception) =>
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
