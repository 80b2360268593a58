using ClinicalProject.PopulationProfiling.Common;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// The columns of each dataset kind. Names match in any case; the aliases are the French and MSSS spellings
/// planners' files already use. Ages come either as bands (<c>ageBand</c>: 0-4 … 90+) or as single years
/// (<c>age</c>, 90 and over in 90+), never both.
/// </summary>
public static class DatasetLayouts
{
    private static readonly CsvColumn Territory = new("territory", Required: true, "territoryCode", "code", "da", "ad");
    private static readonly CsvColumn Period = new("period", Required: true, "year", "annee");
    private static readonly CsvColumn AgeBand = new("ageBand", Required: false, "band", "groupeAge");
    private static readonly CsvColumn Age = new("age", Required: false);
    private static readonly CsvColumn Sex = new("sex", Required: true, "sexe");
    private static readonly CsvColumn Indicator = new("indicator", Required: true, "indicatorCode", "indicateur");
    private static readonly CsvColumn Count = new("count", Required: true, "population", "value", "nombre");
    private static readonly CsvColumn Date = new("date", Required: true, "eventDate");
    private static readonly CsvColumn EventAge = new("age", Required: true);

    public static IReadOnlyList<CsvColumn> Columns(DatasetKind kind) => kind switch
    {
        DatasetKind.Population or DatasetKind.Projection => [Territory, Period, AgeBand, Age, Sex, Count],
        DatasetKind.Numerators => [Territory, Period, AgeBand, Age, Sex, Indicator, Count],
        _ => [Territory, Date, EventAge, Sex, Indicator],
    };

    public static RecordField FieldOf(string column) => column switch
    {
        "territory" => RecordField.Territory,
        "period" => RecordField.Period,
        "ageBand" => RecordField.AgeBand,
        "age" => RecordField.Age,
        "sex" => RecordField.Sex,
        "indicator" => RecordField.Indicator,
        "count" => RecordField.Count,
        "date" => RecordField.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a dataset column."),
    };

    /// <summary>The header a person should write, for error messages.</summary>
    public static string Header(DatasetKind kind) =>
        string.Join(",", Columns(kind).Where(c => c.Name != "age" || kind == DatasetKind.Events).Select(c => c.Name == "ageBand" ? "ageBand|age" : c.Name));
}
