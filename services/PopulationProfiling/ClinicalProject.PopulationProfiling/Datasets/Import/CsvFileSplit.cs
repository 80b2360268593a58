namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Where a large CSV file can be cut into parts read on several cores: after the header and the first data row
/// (read first, as the file's first row sets its level), at line breaks. Only files without a quote character
/// are cut, since a quoted field may hold a line break and a part must start at a row.
/// </summary>
public sealed record CsvFileSplit(char Delimiter, IReadOnlyList<(long Start, long Length)> Parts)
{
    public const long MinimumBytes = 8L << 20;

    private const string Candidates = ",;\t|";

    internal static CsvFileSplit? TryCreate(string path, int parts)
    {
        var info = new FileInfo(path);
        if (parts < 2 || info.Length < MinimumBytes)
        {
            return null;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long offset = 0;
        long headerEnd = -1, firstRowEnd = -1;
        var delimiters = new int[4];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            if (span.Contains((byte)'"'))
            {
                return null;
            }

            for (var i = 0; firstRowEnd < 0 && i < span.Length; i++)
            {
                if (span[i] != '\n')
                {
                    // The header's most frequent candidate is the delimiter, as the plain reader decides it.
                    var candidate = headerEnd < 0 ? Candidates.IndexOf((char)span[i]) : -1;
                    if (candidate >= 0)
                    {
                        delimiters[candidate]++;
                    }

                    continue;
                }

                if (headerEnd < 0)
                {
                    headerEnd = offset + i + 1;
                }
                else
                {
                    firstRowEnd = offset + i + 1;
                    if (firstRowEnd - headerEnd <= 2)
                    {
                        return null; // a blank first row: leave such files to the plain reader
                    }
                }
            }

            offset += read;
        }

        if (firstRowEnd < 0 || firstRowEnd >= info.Length)
        {
            return null;
        }

        var delimiter = Candidates[Array.IndexOf(delimiters, delimiters.Max())];
        var cuts = new List<long> { firstRowEnd };
        var size = (info.Length - firstRowEnd) / parts;
        for (var p = 1; p < parts; p++)
        {
            var next = NextLineStart(file, Math.Max(cuts[^1], firstRowEnd + (p * size)), buffer);
            if (next < info.Length && next > cuts[^1])
            {
                cuts.Add(next);
            }
        }

        cuts.Add(info.Length);
        var ranges = cuts.Zip(cuts.Skip(1), (start, end) => (start, end - start)).Where(r => r.Item2 > 0).ToList();
        return ranges.Count < 2 ? null : new CsvFileSplit(delimiter, ranges);
    }

    private static long NextLineStart(FileStream file, long from, byte[] buffer)
    {
        file.Position = from;
        long offset = from;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return offset + newline + 1;
            }

            offset += read;
        }

        return file.Length;
    }
}
