using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.Tabular;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary><c>POST /territories/hierarchies/{version}</c>: read, validate, store and announce a hierarchy.</summary>
public static partial class TerritoryImportEndpoint
{
    public static async Task<Results<Created<HierarchyImportSummary>, Ok<HierarchyImportSummary>, ProblemHttpResult>> ImportHierarchy(
        string version,
        HttpRequest request,
        ProfilingDbContext db,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TerritoryImportEndpoint));
        if (!VersionLabel.IsValid(version))
        {
            return ImportProblems.Invalid([VersionLabel.Error(version)]);
        }

        TerritoryFileReadResult read;
        switch (BodyFormats.Classify(request.ContentType))
        {
            case BodyFormat.Csv:
                read = await TerritoryCsvReader.ReadAsync(request.Body, cancellationToken);
                break;
            case BodyFormat.Json:
                read = await TerritoryJsonReader.ReadAsync(request.Body, cancellationToken);
                break;
            default:
                return ImportProblems.UnsupportedMediaType(request.ContentType);
        }

        if (read.Rows.Count == 0 && read.Errors.Count > 0)
        {
            LogRefused(logger, version, read.Errors.Count, read.Errors[0].Rule);
            return ImportProblems.Invalid(read.Errors); // unreadable: there are no rows to validate
        }

        var validation = TerritoryHierarchyValidator.Validate(read.Rows);
        var errors = read.Errors.Concat(validation.Errors).OrderBy(e => e.Row).ToList();
        if (errors.Count > 0)
        {
            LogRefused(logger, version, errors.Count, errors[0].Rule);
            return ImportProblems.Invalid(errors);
        }

        var outcome = await TerritoryHierarchyImporter.ImportAsync(db, clock, version, validation.Territories, cancellationToken);
        var summary = outcome.Summary;
        switch (outcome.Status)
        {
            case TerritoryHierarchyImporter.Status.Created:
                LogImported(logger, version, summary.TerritoryCount, summary.ContentHash);
                return TypedResults.Created($"/territories/hierarchies/{Uri.EscapeDataString(version)}", summary);
            case TerritoryHierarchyImporter.Status.AlreadyImported:
                LogAlreadyImported(logger, version, summary.ContentHash);
                return TypedResults.Ok(summary);
            default:
                var submittedHash = TerritoryContentHash.Compute(validation.Territories);
                LogConflict(logger, version, summary.ContentHash, submittedHash);
                return ImportProblems.Conflict(version, summary.ContentHash, submittedHash);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported territory hierarchy {Version}: {TerritoryCount} territories, content {ContentHash}")]
    private static partial void LogImported(ILogger logger, string version, int territoryCount, string contentHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Territory hierarchy {Version} was already imported with the same content {ContentHash}; nothing changed")]
    private static partial void LogAlreadyImported(ILogger logger, string version, string contentHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused territory hierarchy {Version}: already imported with content {ExistingHash}, submitted {SubmittedHash}")]
    private static partial void LogConflict(ILogger logger, string version, string existingHash, string submittedHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused territory hierarchy {Version}: {ErrorCount} errors, the first breaking rule {FirstRule}")]
    private static partial void LogRefused(ILogger logger, string version, int errorCount, string firstRule);
}
