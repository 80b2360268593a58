using ClinicalProject.Contracts;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Stores an aggregated dataset, its slices, the job's success and the <see cref="PopulationDatasetImported"/>
/// event in one SaveChanges: all of it or nothing. The same (kind, version) with the same content is a no-op;
/// with other content a conflict.
/// </summary>
public static class DatasetStore
{
    public enum Status
    {
        Created,
        AlreadyImported,
        Conflict,
    }

    public sealed record Outcome(Status Status, Dataset Dataset, string SubmittedHash);

    public static async Task<Outcome> StoreAsync(ProfilingDbContext db, ImportJob job, AggregatedDataset aggregate, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var hash = aggregate.ContentHash();
        var existing = await FindAsync(db, job.Kind, job.Version, cancellationToken);
        if (existing is not null)
        {
            return new(existing.ContentHash == hash ? Status.AlreadyImported : Status.Conflict, existing, hash);
        }

        var dataset = new Dataset
        {
            Id = Guid.CreateVersion7(),
            Kind = job.Kind,
            Version = job.Version,
            HierarchyVersion = aggregate.HierarchyVersion,
            BaseLevel = aggregate.BaseLevel,
            ContentHash = hash,
            RowCount = aggregate.RowCount,
            TotalCount = aggregate.TotalCount,
            Periods = DatasetLists.FormatPeriods(aggregate.Slices.Select(s => s.Period)),
            IndicatorCodes = DatasetLists.FormatCodes(aggregate.Slices.Select(s => s.IndicatorCode)),
            ImportedAtUtc = nowUtc,
        };
        db.Datasets.Add(dataset);
        var encoded = new byte[aggregate.Slices.Count][];
        Parallel.For(0, encoded.Length, i => encoded[i] = SliceCodec.Encode(aggregate.Slices[i].Cells));
        db.DatasetSlices.AddRange(aggregate.Slices.Select((s, i) => new DatasetSlice
        {
            DatasetId = dataset.Id,
            Period = s.Period,
            IndicatorCode = s.IndicatorCode,
            TerritoryCount = aggregate.TerritoryCount,
            Total = s.Total,
            Cells = encoded[i],
        }));
        db.PublishOnCommit(new PopulationDatasetImported(dataset.Id, WireNames<DatasetKind>.Name(dataset.Kind), dataset.Version,
            dataset.HierarchyVersion, hash, DatasetLists.ParsePeriods(dataset.Periods), new DateTimeOffset(nowUtc)));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two imports of one new version at once: the loser sees the winner's row.
            db.ChangeTracker.Clear();
            existing = await FindAsync(db, job.Kind, job.Version, cancellationToken);
            if (existing is null)
            {
                throw;
            }

            return new(existing.ContentHash == hash ? Status.AlreadyImported : Status.Conflict, existing, hash);
        }

        return new(Status.Created, dataset, hash);
    }

    private static Task<Dataset?> FindAsync(ProfilingDbContext db, DatasetKind kind, string version, CancellationToken cancellationToken) =>
        db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.Version == version, cancellationToken);
}
