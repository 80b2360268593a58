using System.Diagnostics;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets.Import;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Profiles.Compute;
using ClinicalProject.PopulationProfiling.Profiles.Jobs;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.Statistics;
using ClinicalProject.Tabular;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClinicalProject.Benchmarks.Profiling;

/// <summary>
/// The service's own path, minus HTTP and the broker: the import runner streams each file into dense slices
/// stored in a SQLite database (as a local run does), the job planner splits the profile into one partition
/// per indicator, and the partitions are computed as the replicas' consumers compute them (each loading its
/// data from the database and running the engine), as many at once as there are cores.
/// </summary>
public static class OursRun
{
    public static async Task<RunResult> RunAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("profiling-bench-").FullName;
        try
        {
            await using var services = Services(Path.Combine(work, "profiling.db"));
            await PrepareAsync(services, dataDirectory, cancellationToken);

            var importClock = Stopwatch.StartNew();
            await ImportAsync(services, DatasetKind.Population, Path.Combine(dataDirectory, "population.csv"), cancellationToken);
            await ImportAsync(services, DatasetKind.Events, Path.Combine(dataDirectory, "events.csv"), cancellationToken);
            importClock.Stop();

            var computeClock = Stopwatch.StartNew();
            var (figures, check) = await ComputeAsync(services, cancellationToken);
            computeClock.Stop();
            return new RunResult("ours", importClock.Elapsed.TotalSeconds, computeClock.Elapsed.TotalSeconds, PeakMemory.Bytes(), figures, check);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static ServiceProvider Services(string database)
    {
        var services = new ServiceCollection();
        services.AddDbContext<ProfilingDbContext>(options => options.UseSqlite($"Data Source={database}"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<DatasetImportRunner>();
        services.AddSingleton<IPartitionComputer, PartitionComputer>();
        return services.BuildServiceProvider();
    }

    /// <summary>Not timed: the hierarchy and the 30 indicators are reference data both contenders are given.</summary>
    private static async Task PrepareAsync(ServiceProvider services, string dataDirectory, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProfilingDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await using var file = File.OpenRead(Path.Combine(dataDirectory, "hierarchy.csv"));
        var read = await TerritoryCsvReader.ReadAsync(file, cancellationToken);
        var validated = TerritoryHierarchyValidator.Validate(read.Rows);
        if (!validated.IsValid)
        {
            throw new InvalidOperationException($"The synthetic hierarchy is invalid: {validated.Errors[0].Message}");
        }

        await TerritoryHierarchyImporter.ImportAsync(db, TimeProvider.System, "bench", validated.Territories, cancellationToken);
        for (var i = 0; i < SyntheticQuebec.IndicatorCount; i++)
        {
            db.Indicators.Add(new Indicator
            {
                Code = SyntheticQuebec.Indicator(i),
                NameFr = $"Indicateur synthétique {i + 1}",
                NameEn = $"Synthetic indicator {i + 1}",
                Domain = IndicatorDomain.ServiceUsage,
                MeasureType = MeasureType.CrudeRate,
                Multiplier = 1000,
                Polarity = Polarity.LowIsGood,
                NumeratorDefinition = "Synthetic events.",
                DenominatorDefinition = "Synthetic population.",
                Revision = 1,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task ImportAsync(ServiceProvider services, DatasetKind kind, string path, CancellationToken cancellationToken)
    {
        var job = new ImportJob
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Version = "bench",
            HierarchyVersion = "bench",
            BytesTotal = new FileInfo(path).Length,
            CreatedAtUtc = DateTime.UtcNow,
            UpdatedAtUtc = DateTime.UtcNow,
        };
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProfilingDbContext>();
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
        }

        var outcome = await services.GetRequiredService<DatasetImportRunner>().RunAsync(job.Id, path, BodyFormat.Csv, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            throw new InvalidOperationException($"The {kind} import was refused: {problem.Detail} {System.Text.Json.JsonSerializer.Serialize(problem.Extensions)}");
        }
    }

    private static async Task<(long Figures, double Check)> ComputeAsync(ServiceProvider services, CancellationToken cancellationToken)
    {
        Guid jobId;
        IReadOnlyList<string> indicators;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProfilingDbContext>();
            var codes = Enumerable.Range(0, SyntheticQuebec.IndicatorCount).Select(SyntheticQuebec.Indicator).ToList();
            var request = new ProfileJobRequest("bench", [new DatasetReference("events", "bench")], codes, null, null);
            var (job, errors) = await ProfileJobPlanner.PlanAsync(db, request, SmallCellThreshold, DateTime.UtcNow, cancellationToken);
            if (job is null)
            {
                throw new InvalidOperationException($"The profile job was refused: {errors[0].Message}");
            }

            await db.SaveChangesAsync(cancellationToken);
            jobId = job.Id;
            indicators = DatasetLists.ParseCodes(job.IndicatorCodes);
        }

        long figures = 0;
        double check = double.NaN;
        var computer = services.GetRequiredService<IPartitionComputer>();
        await Parallel.ForEachAsync(indicators,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (code, token) =>
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ProfilingDbContext>();
                var result = await computer.ComputeAsync(db, jobId, code, token);
                Interlocked.Add(ref figures, result.Values.Count(v => v.Quintile == 0));
                if (code == SyntheticQuebec.Indicator(0))
                {
                    check = result.Values.Single(v => v is { TerritoryCode: "99", Quintile: 0, Period: SyntheticQuebec.FirstYear }).Value ?? double.NaN;
                }
            });
        return (figures, check);
    }

    private const int SmallCellThreshold = 5;
}
