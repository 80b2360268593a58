using ClinicalProject.Contracts;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Datasets;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Indicators;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.PopulationProfiling.Territories;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Profiles.Jobs;

/// <summary>
/// Checks a profile request against the stored data and, when it holds, stores the job, one partition per
/// indicator and one <see cref="ComputeProfilePartition"/> command per partition (outbox) in one transaction.
/// </summary>
public static class ProfileJobPlanner
{
    public const string NotFound = "not-found";
    public const string WrongKind = "wrong-kind";
    public const string OtherHierarchy = "other-hierarchy";
    public const string OtherLevel = "other-base-level";
    public const string UnknownPeriod = "unknown-period";
    public const string UnknownIndicator = "unknown-indicator";
    public const string NoData = "no-data";
    public const string MissingPeriod = "missing-period";
    public const string AmbiguousData = "ambiguous-data";
    public const string MeanNeedsValueSums = "mean-needs-value-sums";
    public const string NotDaLevel = "deprivation-needs-da-level";

    public static async Task<(ProfileJob? Job, IReadOnlyList<ImportError> Errors)> PlanAsync(
        ProfilingDbContext db, ProfileJobRequest request, int suppressionThreshold, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        void Fail(string field, string? value, string rule, string message) => errors.Add(new ImportError(0, field, value, rule, message));

        var population = string.IsNullOrWhiteSpace(request.PopulationDataset)
            ? null
            : await db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == DatasetKind.Population && d.Version == request.PopulationDataset, cancellationToken);
        if (population is null)
        {
            Fail("populationDataset", request.PopulationDataset, NotFound, "Name a stored population dataset (GET /datasets?kind=population).");
            return (null, errors);
        }

        var numerators = new List<Dataset>();
        foreach (var reference in request.NumeratorDatasets ?? [])
        {
            var found = WireNames<DatasetKind>.TryParse(reference.Kind, out var kind) && kind is DatasetKind.Numerators or DatasetKind.Events
                ? await db.Datasets.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.Version == reference.Version, cancellationToken)
                : null;
            var label = $"{reference.Kind}/{reference.Version}";
            if (found is null)
            {
                Fail("numeratorDatasets", label, NotFound, "Name stored datasets of kind numerators or events.");
            }
            else if (found.HierarchyVersion != population.HierarchyVersion)
            {
                Fail("numeratorDatasets", label, OtherHierarchy, $"Its territories are of hierarchy {found.HierarchyVersion}, the population's of {population.HierarchyVersion}.");
            }
            else if (found.BaseLevel != population.BaseLevel)
            {
                Fail("numeratorDatasets", label, OtherLevel, $"Its counts are by {found.BaseLevel.ToName()}, the population by {population.BaseLevel.ToName()}.");
            }
            else
            {
                numerators.Add(found);
            }
        }

        var available = DatasetLists.ParsePeriods(population.Periods);
        var periods = (request.Periods ?? available).Distinct().Order().ToList();
        foreach (var period in periods.Where(p => !available.Contains(p)))
        {
            Fail("periods", period.ToString(System.Globalization.CultureInfo.InvariantCulture), UnknownPeriod, $"The population dataset holds {population.Periods}.");
        }

        if (request.DeprivationIndex is { } deprivation)
        {
            var index = await db.DeprivationIndexes.AsNoTracking().SingleOrDefaultAsync(i => i.Version == deprivation, cancellationToken);
            if (index is null || index.HierarchyVersion != population.HierarchyVersion)
            {
                Fail("deprivationIndex", deprivation, index is null ? NotFound : OtherHierarchy, "Name a deprivation index imported for the population's hierarchy.");
            }
            else if (population.BaseLevel != TerritoryLevel.Da)
            {
                Fail("deprivationIndex", deprivation, NotDaLevel, "Quintile breakdowns need DA-level data.");
            }
        }

        // Unknown periods are reported once above, not again for every indicator.
        var indicators = await ChooseIndicatorsAsync(db, request.Indicators, numerators, periods.Where(available.Contains).ToList(), Fail, cancellationToken);
        if (indicators.Count == 0 && errors.Count == 0)
        {
            Fail("indicators", null, NoData, "No indicator of the catalogue can be computed from these datasets.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var sequence = (await db.ProfileJobs.MaxAsync(j => (long?)j.Sequence, cancellationToken) ?? 0) + 1;
        var job = new ProfileJob
        {
            Id = Guid.CreateVersion7(),
            Sequence = sequence,
            HierarchyVersion = population.HierarchyVersion,
            PopulationDatasetId = population.Id,
            PopulationDatasetVersion = population.Version,
            NumeratorDatasetIds = string.Join(',', numerators.Select(n => n.Id)),
            DeprivationVersion = request.DeprivationIndex,
            IndicatorCodes = string.Join(',', indicators),
            Periods = DatasetLists.FormatPeriods(periods),
            SuppressionThreshold = suppressionThreshold,
            State = ProfileJobState.Running,
            PartitionCount = indicators.Count,
            CreatedAtUtc = nowUtc,
        };
        db.ProfileJobs.Add(job);
        for (var partition = 0; partition < indicators.Count; partition++)
        {
            db.ProfilePartitions.Add(new ProfilePartitionEntry { JobId = job.Id, Partition = partition, IndicatorCode = indicators[partition] });
            db.PublishOnCommit(new ComputeProfilePartition(job.Id, partition, indicators[partition]));
        }

        return (job, errors);
    }

    private static async Task<List<string>> ChooseIndicatorsAsync(ProfilingDbContext db, IReadOnlyList<string>? requested, List<Dataset> numerators,
        List<int> periods, Action<string, string?, string, string> fail, CancellationToken cancellationToken)
    {
        var catalogue = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);
        var holders = numerators.SelectMany(d => DatasetLists.ParseCodes(d.IndicatorCodes).Select(code => (code, d)))
            .ToLookup(p => p.code, p => p.d, StringComparer.Ordinal);
        var explicitly = requested is not null;
        var codes = requested?.Distinct(StringComparer.Ordinal).ToList()
                    ?? catalogue.Values.Where(i => i.NumeratorSource == NumeratorSource.Population || holders.Contains(i.Code))
                        .Select(i => i.Code).Order(StringComparer.Ordinal).ToList();
        var chosen = new List<string>();
        foreach (var code in codes)
        {
            if (!catalogue.TryGetValue(code, out var indicator))
            {
                fail("indicators", code, UnknownIndicator, "Not in the catalogue (GET /indicators).");
                continue;
            }

            if (indicator.MeasureType == MeasureType.Mean)
            {
                if (explicitly)
                {
                    fail("indicators", code, MeanNeedsValueSums, "A mean needs sums of values per stratum, which the dataset imports do not carry yet.");
                }

                continue;
            }

            if (indicator.NumeratorSource == NumeratorSource.Counts)
            {
                var datasets = holders[code].ToList();
                if (datasets.Count == 0)
                {
                    fail("indicators", code, NoData, "None of the numerator datasets holds counts for it.");
                    continue;
                }

                if (datasets.Count > 1)
                {
                    fail("indicators", code, AmbiguousData, $"Several numerator datasets hold it ({string.Join(", ", datasets.Select(d => d.Version))}): name one.");
                    continue;
                }

                var slices = await db.DatasetSlices.AsNoTracking().Where(s => s.DatasetId == datasets[0].Id && s.IndicatorCode == code)
                    .Select(s => s.Period).ToListAsync(cancellationToken);
                var missing = periods.Where(p => !slices.Contains(p)).ToList();
                if (missing.Count > 0)
                {
                    fail("indicators", code, MissingPeriod, $"Dataset {datasets[0].Version} has no counts for {string.Join(", ", missing)}; choose the periods.");
                    continue;
                }
            }

            chosen.Add(code);
        }

        return chosen;
    }
}
