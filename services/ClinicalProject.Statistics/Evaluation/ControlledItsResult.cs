namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// A controlled interrupted time series: the segmented regression of the difference treated − comparison
/// (whose level and slope changes are the effects net of the comparison), and each series' own fit for charts.
/// </summary>
/// <param name="Difference">The model on treated − comparison: its <see cref="ItsResult.LevelChange"/> and
/// <see cref="ItsResult.SlopeChange"/> are the controlled effects.</param>
/// <param name="Treated">The treated series' own segmented regression.</param>
/// <param name="Comparison">The comparison series' own segmented regression.</param>
public sealed record ControlledItsResult(ItsResult Difference, ItsResult Treated, ItsResult Comparison);
