using System.Text.RegularExpressions;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>Version labels of imported things (hierarchies, datasets, index editions): "2021", "msss-2023.1".</summary>
public static partial class VersionLabel
{
    public const int MaxLength = 32;

    public static bool IsValid(string? label) => label is not null && Pattern().IsMatch(label);

    /// <summary>The row-0 error for a bad label in the route.</summary>
    public static ImportError Error(string label) => new(0, "version", label, ImportRules.InvalidVersion,
        $"A version label has 1 to {MaxLength} letters, digits, '.', '_' or '-', starting with a letter or digit (such as 2021).");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]
    private static partial Regex Pattern();
}
