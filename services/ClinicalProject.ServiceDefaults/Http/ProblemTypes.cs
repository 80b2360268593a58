namespace ClinicalProject.ServiceDefaults.Http;

/// <summary>
/// Every <c>type</c> a service of the suite writes in an RFC 7807 problem: stable identifiers that clients may
/// switch on, so each exists once, here, and a service names one of these constants rather than writing a
/// URN of its own (a test reflects over this class and checks the services' answers against it). A problem
/// without one of these types is the framework's own (routing's 404, the validation filter's 400), typed by
/// ASP.NET Core with the RFC 9110 section of its status.
/// </summary>
public static class ProblemTypes
{
    /// <summary>The prefix every type below shares.</summary>
    public const string Prefix = "urn:clinicalproject:problem:";

    // Cross-cutting (every service).

    /// <summary>500: an exception no endpoint caught; the answer carries the trace id, never the exception.</summary>
    public const string UnexpectedError = Prefix + "unexpected-error";

    /// <summary>400/408/413: the server could not read the request (a malformed chunked body, one cut short or too large).</summary>
    public const string MalformedRequest = Prefix + "malformed-request";

    /// <summary>400: a request's parameters or body break a rule (field → messages in <c>errors</c>).</summary>
    public const string InvalidRequest = Prefix + "invalid-request";

    /// <summary>404: no resource with that id or version.</summary>
    public const string NotFound = Prefix + "not-found";

    /// <summary>415: a body in a media type the endpoint does not read.</summary>
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>428: an update without <c>If-Match</c> (see <see cref="ETags"/>).</summary>
    public const string PreconditionRequired = Prefix + "precondition-required";

    /// <summary>412: an update whose <c>If-Match</c> no longer names the current version, or cannot be read.</summary>
    public const string PreconditionFailed = Prefix + "precondition-failed";

    // Population profiling.

    public const string InvalidTerritoryHierarchy = Prefix + "invalid-territory-hierarchy";
    public const string TerritoryHierarchyVersionConflict = Prefix + "territory-hierarchy-version-conflict";
    public const string InvalidDataset = Prefix + "invalid-dataset";
    public const string DatasetVersionConflict = Prefix + "dataset-version-conflict";
    public const string UploadIncomplete = Prefix + "upload-incomplete";
    public const string ImportFailed = Prefix + "import-failed";
    public const string ImportCancelled = Prefix + "import-cancelled";
    public const string ImportInterrupted = Prefix + "import-interrupted";
    public const string InvalidStandardPopulation = Prefix + "invalid-standard-population";
    public const string BuiltInStandardPopulation = Prefix + "built-in-standard-population";
    public const string InvalidDeprivationIndex = Prefix + "invalid-deprivation-index";
    public const string DeprivationIndexVersionConflict = Prefix + "deprivation-index-version-conflict";
    public const string InvalidIndicator = Prefix + "invalid-indicator";
    public const string InvalidProfileJob = Prefix + "invalid-profile-job";

    // Resource inventory.

    public const string InvalidResource = Prefix + "invalid-resource";
    public const string ResourceRetired = Prefix + "resource-retired";
    public const string InvalidImport = Prefix + "invalid-import";
    public const string InvalidHsdsPackage = Prefix + "invalid-hsds-package";
    public const string HsdsImportRemovesData = Prefix + "hsds-import-removes-data";

    // Gap analysis.

    public const string InvalidTravelTimeMatrix = Prefix + "invalid-travel-time-matrix";
    public const string VersionExists = Prefix + "version-exists";
    public const string InputsNotReady = Prefix + "inputs-not-ready";

    // Impact follow-up.

    public const string EvaluationNotDeclared = Prefix + "evaluation-not-declared";
    public const string InvalidStatusChange = Prefix + "invalid-status-change";
    public const string PlanReferenceTaken = Prefix + "plan-reference-taken";

    /// <summary>Every type above (read by reflection once), for tests and for documentation.</summary>
    public static IReadOnlySet<string> All { get; } = typeof(ProblemTypes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name != nameof(Prefix))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);
}
