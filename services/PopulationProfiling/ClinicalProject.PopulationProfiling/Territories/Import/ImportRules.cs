namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>The stable ids of the import rules (<see cref="ImportError.Rule"/>). Clients may switch on them.</summary>
public static class ImportRules
{
    // Whole file (row 0).
    public const string InvalidVersion = "invalid-version";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string InvalidEncoding = "invalid-encoding";
    public const string InvalidCsv = "invalid-csv";
    public const string InvalidParquet = "invalid-parquet";
    public const string InvalidJson = "invalid-json";
    public const string MissingColumn = "missing-column";
    public const string UnknownColumn = "unknown-column";
    public const string DuplicateColumn = "duplicate-column";
    public const string NoTerritories = "no-territories";
    public const string TooManyRows = "too-many-rows";

    // One row.
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string InvalidCode = "invalid-code";
    public const string ExtraField = "extra-field";
    public const string UnknownLevel = "unknown-level";
    public const string InvalidNumber = "invalid-number";
    public const string CoordinateOutOfRange = "coordinate-out-of-range";
    public const string IncompleteCentroid = "incomplete-centroid";
    public const string InvalidGeometry = "invalid-geometry";

    // Between rows.
    public const string DuplicateCode = "duplicate-code";
    public const string UnknownParent = "unknown-parent";
    public const string Cycle = "cycle";
    public const string LevelOutOfOrder = "level-out-of-order";
}
