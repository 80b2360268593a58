using ClinicalProject.PopulationProfiling.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>The RFC 7807 problems the import answers with. Their <c>type</c>s are stable identifiers.</summary>
public static class ImportProblems
{
    public const int MaxListedErrors = ImportErrors.MaxListedErrors;
    public const string InvalidHierarchyType = ProblemTypes.InvalidTerritoryHierarchy;
    public const string VersionConflictType = ProblemTypes.TerritoryHierarchyVersionConflict;
    public const string UnsupportedMediaTypeType = ProblemTypes.UnsupportedMediaType;

    /// <summary>400: the file was refused; nothing was stored. Lists the first <see cref="MaxListedErrors"/> errors.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<ImportError> errors) =>
        ImportErrors.Problem(InvalidHierarchyType, "The territory hierarchy is not valid.", errors);

    /// <summary>409: the version label is taken by other content. Versions are immutable.</summary>
    public static ProblemHttpResult Conflict(string version, string existingHash, string submittedHash) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = VersionConflictType,
            Title = "This hierarchy version already exists with other content.",
            Detail = $"Version '{version}' was imported with other content; a version never changes. Import the new content under a new version label.",
            Extensions = { ["version"] = version, ["existingContentHash"] = existingHash, ["submittedContentHash"] = submittedHash },
        });

    /// <summary>415: neither CSV nor JSON.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string? contentType) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status415UnsupportedMediaType,
            Type = UnsupportedMediaTypeType,
            Title = "Send the hierarchy as text/csv or application/json (UTF-8).",
            Detail = $"Content-Type '{contentType}' is not accepted.",
        });
}
