using System.Text.Json.Serialization;

namespace ClinicalProject.ServiceDefaults.Http;

/// <summary>
/// One thing wrong with an imported file or a submitted document, as every importer of the suite lists it in
/// its 400 problem's <c>errors</c> (see <see cref="ImportErrors"/>).
/// </summary>
/// <param name="Row">1-based data row (CSV: the header is not counted; JSON: index in the array + 1); 0 for the file or document as a whole.</param>
/// <param name="Field">The column or property at fault, when there is one.</param>
/// <param name="Value">The value as received, when there is one.</param>
/// <param name="Rule">A stable kebab-case id of the rule broken.</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record ImportError(int Row, string? Field, string? Value, string Rule, string Message)
{
    /// <summary>The file of a multi-file package (an HSDS tabular ZIP) or the JSON path the row is in; absent for single-file imports.</summary>
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; init; }
}
