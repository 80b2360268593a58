namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>One thing wrong with an imported file, as listed in the 400 problem's <c>errors</c>.</summary>
/// <param name="Row">1-based data row (CSV: the header is not counted; JSON: index in <c>territories</c> + 1); 0 for the file as a whole.</param>
/// <param name="Field">The column or property at fault, when there is one.</param>
/// <param name="Value">The value as received, when there is one.</param>
/// <param name="Rule">A stable kebab-case id (see <see cref="ImportRules"/>).</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record ImportError(int Row, string? Field, string? Value, string Rule, string Message);
