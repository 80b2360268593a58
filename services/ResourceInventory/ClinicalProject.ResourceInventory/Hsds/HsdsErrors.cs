namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// The suite's <see cref="ImportError"/> for an HSDS package, which spans several files: each error also says
/// where it is.
/// </summary>
public static class HsdsErrors
{
    /// <param name="file">The CSV file (<c>service.csv</c>) or the JSON path (<c>$.services[2].schedules[0]</c>).</param>
    /// <param name="row">The data row (1-based, header not counted) or the top-level object's position; 0 for the package as a whole.</param>
    /// <param name="field">The HSDS column, or the inventory field a rule is about.</param>
    /// <param name="rule">A stable kebab-case id: required, invalid-uuid, invalid-number, unknown-reference, duplicate-id, …</param>
    public static ImportError At(string file, int row, string? field, string? value, string rule, string message) =>
        new(row, field, value, rule, message) { File = file };
}
