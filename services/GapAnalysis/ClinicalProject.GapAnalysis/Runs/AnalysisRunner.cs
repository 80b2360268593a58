using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Computation;
using ClinicalProject.GapAnalysis.Data;
using ClinicalProject.GapAnalysis.Inputs;
using ClinicalProject.Territories.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicalProject.GapAnalysis.Runs;

/// <summary>What a run ended with: the analysis stored, or why none was.</summary>
public sealed record RunResult(Guid? AnalysisId, long? Version, string? Reason);

/// <summary>
/// One analysis run: reads the inputs over HTTP (the profile's gap inputs, the inventory snapshot) and from the
/// territory read model and the newest travel-time matrix, computes, and stores the analysis with
/// <c>GapAnalysisCompleted</c> in the outbox, consuming the pending input changes it read past.
/// </summary>
public sealed partial class AnalysisRunner(
    GapAnalysisDbContext db,
    ProfilingSourceClient profiling,
    InventorySourceClient inventory,
    IOptions<GapAnalysisOptions> options,
    AnalysisStore store,
    ILogger<AnalysisRunner> logger)
{
    public async Task<RunResult> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var pending = await db.InputChanges.Where(c => c.ConsumedBy == null).Select(c => c.Id).ToListAsync(cancellationToken);
        var parameters = AnalysisParameters.From(options.Value);
        var inputs = await ReadAsync(parameters, cancellationToken);
        if (inputs.Reason is not null)
        {
            LogSkipped(trigger, inputs.Reason);
            return new RunResult(null, null, inputs.Reason);
        }

        var outcome = AnalysisComputation.Compute(inputs.Inputs!, parameters);
        var (id, version) = await store.SaveAsync(trigger, inputs.Inputs!, parameters, outcome, pending, cancellationToken);
        LogStored(version, id, outcome.Gaps.Count, trigger);
        return new RunResult(id, version, null);
    }

    /// <summary>The inputs, or the reason they cannot be read yet (no profile, hierarchy not received).</summary>
    private async Task<(AnalysisInputs? Inputs, string? Reason)> ReadAsync(AnalysisParameters parameters, CancellationToken cancellationToken)
    {
        var indicators = parameters.Programs.Values.Select(p => p.NeedIndicator).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        ProfileInputs? profile;
        try
        {
            profile = await profiling.GetAsync("latest", indicators, parameters.RatesLevel, parameters.Projection, parameters.ProjectedPeriod, cancellationToken);
        }
        catch (InputRefusedException refused) when (indicators.Count > 0 || parameters.Projection is not null)
        {
            // A configured need indicator or projection the profile lacks: run on head counts, and say so.
            LogNeedFallback(refused.Message);
            profile = await profiling.GetAsync("latest", [], parameters.RatesLevel, null, null, cancellationToken);
        }

        if (profile is null)
        {
            return (null, "Population profiling has no computed profile yet.");
        }

        var territories = await db.Set<TerritoryEntry>().AsNoTracking().Where(t => t.HierarchyVersion == profile.HierarchyVersion)
            .Select(t => new TerritoryInput(t.Code, t.Level, t.ParentCode, t.CentroidLatitude, t.CentroidLongitude)).ToListAsync(cancellationToken);
        if (territories.Count == 0)
        {
            return (null, $"Territory hierarchy {profile.HierarchyVersion} has not been received yet.");
        }

        var snapshot = await inventory.GetAsync(cancellationToken);
        var matrix = await db.TravelTimeMatrices.AsNoTracking().OrderByDescending(m => m.ImportedAtUtc).FirstOrDefaultAsync(cancellationToken);
        MatrixInput? matrixInput = null;
        if (matrix is not null)
        {
            var entries = await db.TravelTimes.AsNoTracking().Where(e => e.MatrixVersion == matrix.Version)
                .Select(e => new MatrixEntry(e.OriginCode, e.SiteId, e.Minutes)).ToListAsync(cancellationToken);
            matrixInput = new MatrixInput(matrix.Version, entries);
        }

        return (new AnalysisInputs(profile, snapshot, territories, matrixInput), null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gap analysis not run ({Trigger}): {Reason}")]
    private partial void LogSkipped(string trigger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Need indicators or projection refused, demand falls back to head counts: {Detail}")]
    private partial void LogNeedFallback(string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gap analysis {Version} ({AnalysisId}) stored: {GapCount} gaps, trigger {Trigger}")]
    private partial void LogStored(long version, Guid analysisId, int gapCount, string trigger);
}
