namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// One reason the inputs were refused: the field (with its row, e.g. <c>demand[3].demand</c>,
/// <c>travelTimes[12].siteId</c>, <c>parameters.catchmentMinutes</c>) and the rule it breaks, in words a user can act on.
/// </summary>
/// <param name="Field">Path of the offending field, camelCase, rows zero-based.</param>
/// <param name="Message">The rule broken and the offending value.</param>
public sealed record AccessibilityInputError(string Field, string Message);
