using System.Text;
using Sylvan.Data.Csv;

namespace ClinicalProject.GapAnalysis.Matrices;

/// <summary>
/// Reads a sparse travel-time matrix from CSV (comma or semicolon, strict UTF-8) with the checks of
/// <see cref="TravelTimeRows"/>.
/// </summary>
public static class TravelTimeCsvReader
{
    public static async Task ReadAsync(Stream body, TravelTimeRows rows, CancellationToken cancellationToken)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var text = new StreamReader(body, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var row = 0;
        try
        {
            await using var csv = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true }, cancellationToken);
            var ordinals = rows.Header(Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray());
            if (ordinals is null)
            {
                return;
            }

            while (!rows.Full && await csv.ReadAsync(cancellationToken))
            {
                row++;
                rows.Add(row, csv.GetString(ordinals[TravelTimeRows.Origin]), csv.GetString(ordinals[TravelTimeRows.Site]),
                    csv.GetString(ordinals[TravelTimeRows.Minutes]));
            }

            rows.Finish(row);
        }
        catch (DecoderFallbackException)
        {
            rows.Errors.Add(new ImportError(row + 1, "body", null, "not-utf8", "The file is not UTF-8 text."));
        }
        catch (CsvFormatException format)
        {
            rows.Errors.Add(new ImportError(format.RowNumber, "body", null, "malformed-csv", format.Message));
        }
    }
}
