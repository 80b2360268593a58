using System.Collections.Concurrent;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.Engine.Results;

namespace ClinicalProject.PopulationProfiling.Engine.Computation;

/// <summary>
/// Entry points of the profiling computation. Pure: everything comes in as arguments, everything goes out
/// as results; no I/O, no shared state but the per-model suppression layout.
/// </summary>
public static class ProfileEngine
{
    /// <summary>
    /// Computes one partition of one indicator: each requested period, every territory (or those the
    /// partition names), at every level. The partition's indicator code must be the input's.
    /// </summary>
    public static IReadOnlyList<IndicatorPeriodResult> Compute(ProfileModel model, IndicatorData input,
        ProfilePartition? partition = null, ProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(input);
        options ??= ProfileOptions.Default;
        partition ??= new ProfilePartition(input.Definition.Code);
        if (!string.Equals(partition.IndicatorCode, input.Definition.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The partition is for indicator '{partition.IndicatorCode}' but the input is '{input.Definition.Code}'.",
                nameof(partition));
        }

        var periods = partition.Periods ?? Enumerable.Range(0, model.Periods.Count).ToArray();
        var invalid = periods.Where(p => p < 0 || p >= model.Periods.Count).ToList();
        if (invalid.Count > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(partition),
                $"Period {invalid[0]} is outside the model's {model.Periods.Count} periods.");
        }

        var requested = Requested(model, partition.Territories);
        var calculator = new IndicatorCalculator(model, input, options, model.LayoutFor(options.Quintiles));
        var results = new List<IndicatorPeriodResult>(periods.Count);
        foreach (var period in periods)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(calculator.Compute(period, requested));
        }

        return results;
    }

    /// <summary>
    /// Computes every indicator in every period, partitions in parallel (one per indicator and period), and
    /// merges them into profiles with their trends. For a single machine and the benchmark; a service that
    /// spreads work over replicas calls <see cref="Compute"/> per partition and <see cref="ProfileMerger.Merge"/>.
    /// </summary>
    public static IReadOnlyList<IndicatorProfile> ComputeAll(ProfileModel model, IReadOnlyList<IndicatorData> inputs,
        ProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= ProfileOptions.Default;
        var duplicate = inputs.GroupBy(i => i.Definition.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Indicator '{duplicate.Key}' is given twice.", nameof(inputs));
        }

        var work = inputs.SelectMany(input => Enumerable.Range(0, model.Periods.Count).Select(p => (input, p))).ToArray();
        var results = new ConcurrentBag<IndicatorPeriodResult>();
        var layout = model.LayoutFor(options.Quintiles);
        var calculators = inputs.ToDictionary(i => i.Definition.Code,
            i => new IndicatorCalculator(model, i, options, layout), StringComparer.Ordinal);
        Parallel.ForEach(work,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            item => results.Add(calculators[item.input.Definition.Code].Compute(item.p, null)));
        return ProfileMerger.Merge(model, results, options.TrendSignificance);
    }

    private static bool[]? Requested(ProfileModel model, IReadOnlyList<string>? territories)
    {
        if (territories is null)
        {
            return null;
        }

        var requested = new bool[model.Tree.Count];
        foreach (var code in territories)
        {
            var id = model.Tree.IndexOf(code);
            if (id < 0)
            {
                throw new ArgumentException($"Unknown territory '{code}' in the partition.", nameof(territories));
            }

            // Ancestors too: a territory is compared with its parent's and the province's figures.
            for (var t = id; t >= 0 && !requested[t]; t = model.Tree.Parents[t])
            {
                requested[t] = true;
            }
        }

        return requested;
    }
}
