using System.Runtime.CompilerServices;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Reads the parts of a split CSV file on as many cores, each into a fork of the import's aggregator (the same
/// dense blocks), then puts the rows and errors back in file order. The import is CPU-bound (parsing and
/// checking every field), so this is what makes a ten-million-row file take seconds per core rather than per file.
/// </summary>
internal static class SplitCsvReader
{
    /// <summary>Reads every part; returns the error that stopped a part's reader (row numbered in the whole file), or null.</summary>
    public static async Task<ImportError?> ReadAsync(string path, CsvFileSplit split, CsvRecordSource first, DatasetAggregator root,
        Func<long, double, Task> report, CancellationToken cancellationToken)
    {
        var count = split.Parts.Count;
        var forks = Enumerable.Range(0, count).Select(_ => root.Fork()).ToArray();
        var sources = new IRecordSource?[count];
        var rows = new long[count];
        var failures = new ImportError?[count];
        using var progressStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progress = ReportAsync(report, () => root.Rows + forks.Sum(f => f.Rows), () => Progress(split, sources), progressStop.Token);

        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = count, CancellationToken = cancellationToken },
            async (p, token) =>
            {
                var (start, length) = split.Parts[p];
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                await using var part = new BoundedStream(file, start, length);
                await using var source = new Utf8PartSource(part, split.Delimiter, first.Ordinals, first.HeaderFields, first.Fields);
                sources[p] = source;
                try
                {
                    ReadPart(source, forks[p], token);
                }
                catch (DatasetFileException unreadable)
                {
                    failures[p] = unreadable.Error;
                }

                rows[p] = source.Row;
            });

        await progressStop.CancelAsync();
        await progress;

        // Back in file order. A part that stopped early (unreadable, or enough errors) has an unknown row count,
        // but the errors listed are the file's first ones, all in it or before it: later parts are left out.
        var before = first.Row;
        for (var p = 0; p < count; p++)
        {
            root.Absorb(forks[p], before);
            if (failures[p] is { } failure)
            {
                return failure with { Row = (int)Math.Min(failure.Row + before, int.MaxValue) };
            }

            if (forks[p].IsFull)
            {
                break;
            }

            before += rows[p];
        }

        return null;
    }

    /// <summary>
    /// The per-row loop, optimised from its first call: a part runs for seconds only, too short a time for
    /// tiered compilation to leave its unoptimised and instrumented code early.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadPart(Utf8PartSource source, DatasetAggregator aggregator, CancellationToken cancellationToken)
    {
        while (!aggregator.IsFull && source.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            aggregator.Add(source);
        }

        aggregator.Flush();
    }

    private static double Progress(CsvFileSplit split, IRecordSource?[] sources)
    {
        var total = split.Parts.Sum(p => p.Length);
        return split.Parts.Select((part, p) => (sources[p]?.Progress ?? 0) * part.Length).Sum() / total;
    }

    private static async Task ReportAsync(Func<long, double, Task> report, Func<long> rows, Func<double> progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await report(rows(), progress());
            }
        }
        catch (OperationCanceledException)
        {
            // The parts are read.
        }
    }
}
