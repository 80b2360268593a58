using System.IO.Compression;
using System.Text.Json;
using ClinicalProject.Contracts;
using ClinicalProject.GapAnalysis.Analyses;
using ClinicalProject.GapAnalysis.Computation;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.GapAnalysis.Runs;

/// <summary>Stores an analysis, its gaps and scores, consumes the input changes it read past, and queues <c>GapAnalysisCompleted</c>, in one transaction.</summary>
public sealed class AnalysisStore(GapAnalysisDbContext db, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Consumed input changes are kept this long (the analyses keep what they read), then deleted.</summary>
    public static readonly TimeSpan ConsumedChangesKeptFor = TimeSpan.FromDays(30);

    /// <summary>How many times a save is tried when it fails, such as when another replica took the next version first.</summary>
    public const int SaveAttempts = 5;

    /// <summary>
    /// Stores the analysis with the next version number. Two replicas finishing together can both read the same
    /// highest version; the unique index on the version refuses the second, whose save is then tried again from the
    /// start (a new number, nothing half-written), up to <see cref="SaveAttempts"/> times.
    /// </summary>
    public async Task<(Guid Id, long Version)> SaveAsync(string trigger, AnalysisInputs inputs, AnalysisParameters parameters, AnalysisOutcome outcome,
        IReadOnlyList<long> consumedChanges, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveOnceAsync(trigger, inputs, parameters, outcome, consumedChanges, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(Guid Id, long Version)> SaveOnceAsync(string trigger, AnalysisInputs inputs, AnalysisParameters parameters, AnalysisOutcome outcome,
        IReadOnlyList<long> consumedChanges, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var version = (await db.Analyses.MaxAsync(a => (long?)a.Version, cancellationToken) ?? 0) + 1;
            var id = Guid.CreateVersion7(time.GetUtcNow());
            var now = time.GetUtcNow();
            var profile = inputs.Profile;
            var analysis = new Analysis
            {
                Id = id,
                Version = version,
                Trigger = trigger,
                CreatedAtUtc = now.UtcDateTime,
                ProfileId = profile.ProfileId,
                ProfileVersion = profile.ProfileVersion,
                HierarchyVersion = profile.HierarchyVersion,
                PopulationDatasetVersion = profile.PopulationDatasetVersion,
                PopulationContentHash = profile.PopulationContentHash,
                DeprivationVersion = profile.DeprivationVersion,
                Period = profile.Period,
                ProjectionVersion = profile.Projection?.Version,
                ProjectedPeriod = profile.Projection?.Period,
                InventoryVersion = inputs.Inventory.Version,
                TravelTimeMatrixVersion = inputs.Matrix?.Version,
                Parameters = JsonSerializer.Serialize(parameters, Json),
                InputVersions = JsonSerializer.Serialize(InputVersions(inputs), Json),
                InputSnapshot = Compress(inputs),
                Summary = JsonSerializer.Serialize(outcome.Summary, Json),
                Programs = string.Join(',', outcome.Programs),
                GapCount = outcome.Gaps.Count,
            };
            db.Analyses.Add(analysis);
            db.Gaps.AddRange(outcome.Gaps.Select(g => GapRows.From(id, g)));
            db.AccessScores.AddRange(outcome.Scores.Select(s => new AccessScoreEntry
            {
                AnalysisId = id, Program = s.Program, TerritoryCode = s.TerritoryCode, Level = s.Level, Demand = s.Demand, Population = s.Population,
                Score = s.Score, PopulationWithoutService = s.PopulationWithoutService, Latitude = s.Latitude, Longitude = s.Longitude,
            }));
            if (consumedChanges.Count > 0)
            {
                await db.InputChanges.Where(c => consumedChanges.Contains(c.Id)).ExecuteUpdateAsync(u => u.SetProperty(c => c.ConsumedBy, id), cancellationToken);
            }

            var forgotten = now.UtcDateTime - ConsumedChangesKeptFor;
            await db.InputChanges.Where(c => c.ConsumedBy != null && c.ReceivedAtUtc < forgotten).ExecuteDeleteAsync(cancellationToken);

            db.PublishOnCommit(new GapAnalysisCompleted(id, version, profile.ProfileId, profile.ProfileVersion, inputs.Inventory.Version,
                profile.HierarchyVersion, outcome.Gaps.Count, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (id, version);
        });
    }

    /// <summary>Every input read, with its version: the profile, datasets, matrix, and each inventory resource.</summary>
    public static object InputVersions(AnalysisInputs inputs) => new
    {
        profile = new { id = inputs.Profile.ProfileId, version = inputs.Profile.ProfileVersion },
        hierarchy = inputs.Profile.HierarchyVersion,
        population = new { version = inputs.Profile.PopulationDatasetVersion, contentHash = inputs.Profile.PopulationContentHash },
        projection = inputs.Profile.Projection,
        deprivation = inputs.Profile.DeprivationVersion,
        travelTimeMatrix = inputs.Matrix?.Version,
        inventory = new
        {
            version = inputs.Inventory.Version,
            resources = inputs.Inventory.Organizations.Select(o => new { kind = "organization", o.Id, o.Version })
                .Concat(inputs.Inventory.Sites.Select(s => new { kind = "site", s.Id, s.Version }))
                .Concat(inputs.Inventory.Services.Select(s => new { kind = "service", s.Id, s.Version }))
                .Concat(inputs.Inventory.Capacities.Select(c => new { kind = "capacity", c.Id, c.Version }))
                .Concat(inputs.Inventory.Agreements.Select(a => new { kind = "agreement", a.Id, a.Version }))
                .Concat(inputs.Inventory.Corridors.Select(c => new { kind = "corridor", c.Id, c.Version }))
                .Concat(inputs.Inventory.ClinicalModels.Select(m => new { kind = "clinical-model", m.Id, m.Version }))
                .ToList(),
        },
    };

    public static byte[] Compress(AnalysisInputs inputs)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(gzip, inputs, Json);
        }

        return output.ToArray();
    }

    public static AnalysisInputs Decompress(byte[] snapshot)
    {
        using var gzip = new GZipStream(new MemoryStream(snapshot), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<AnalysisInputs>(gzip, Json) ?? throw new InvalidOperationException("An analysis without inputs.");
    }
}
