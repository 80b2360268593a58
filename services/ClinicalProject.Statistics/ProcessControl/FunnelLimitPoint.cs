namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>The funnel's limits at one denominator, for drawing the curves.</summary>
public sealed record FunnelLimitPoint(double Denominator, double Lower95, double Upper95, double Lower998, double Upper998);
