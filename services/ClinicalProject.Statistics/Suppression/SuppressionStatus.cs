using System.Text.Json.Serialization;

namespace ClinicalProject.Statistics.Suppression;

/// <summary>Whether a cell may be published, and if not, why.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuppressionStatus>))]
public enum SuppressionStatus : byte
{
    /// <summary>The cell may be published.</summary>
    Published = 0,

    /// <summary>The count is below the threshold: it, and any rate computed from it, is withheld.</summary>
    Primary,

    /// <summary>
    /// Withheld although not small, so that a primary cell cannot be recovered by subtracting the
    /// published cells from a published total.
    /// </summary>
    Secondary,
}
