namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>One thing wrong with an imported HSDS package, as listed in the 400 problem's <c>errors</c>.</summary>
/// <param name="File">The CSV file (<c>service.csv</c>) or the JSON path (<c>$.services[2].schedules[0]</c>).</param>
/// <param name="Row">The data row (1-based, header not counted) or the top-level object's position; 0 for the package as a whole.</param>
/// <param name="Field">The HSDS column, or the inventory field a rule is about.</param>
/// <param name="Rule">A stable kebab-case id: required, invalid-uuid, invalid-number, unknown-reference, duplicate-id, …</param>
public sealed record HsdsImportError(string File, int Row, string? Field, string? Value, string Rule, string Message);
