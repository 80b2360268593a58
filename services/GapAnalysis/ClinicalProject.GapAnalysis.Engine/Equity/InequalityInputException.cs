namespace ClinicalProject.GapAnalysis.Engine.Equity;

/// <summary>Bad input to <see cref="SlopeIndexOfInequality"/>: <see cref="Field"/> names the field and row (<c>groups[2].population</c>).</summary>
public sealed class InequalityInputException(string field, string message) : ArgumentException($"{field}: {message}")
{
    /// <summary>Path of the offending field, camelCase, rows zero-based.</summary>
    public string Field { get; } = field;
}
