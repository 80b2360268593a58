namespace ClinicalProject.Statistics.ProcessControl;

/// <summary>
/// The Anhøj rules (Anhøj &amp; Olesen 2014, as qicharts2 applies them) on the points not lying on the centre line
/// ("useful" points, n): a run longer than round(log₂ n + 3) or fewer crossings of the centre line than the
/// 5th percentile of Binomial(n − 1, 0.5) signals non-random variation (a shift).
/// </summary>
/// <param name="UsefulPoints">Points not on the centre line.</param>
/// <param name="LongestRun">Length of the longest run of consecutive useful points on one side.</param>
/// <param name="LongestRunLimit">round(log₂ n + 3): a longer run is a signal (0 when n = 0).</param>
/// <param name="Crossings">Number of times consecutive useful points change side.</param>
/// <param name="CrossingsLimit">The 5th percentile of Binomial(n − 1, 0.5): fewer crossings is a signal.</param>
public sealed record RunsAnalysis(int UsefulPoints, int LongestRun, int LongestRunLimit, int Crossings, int CrossingsLimit)
{
    /// <summary>The longest run exceeds its limit.</summary>
    public bool LongRunSignal => UsefulPoints > 0 && LongestRun > LongestRunLimit;

    /// <summary>Fewer crossings than the limit.</summary>
    public bool FewCrossingsSignal => UsefulPoints > 0 && Crossings < CrossingsLimit;

    /// <summary>Either Anhøj rule fires (non-random variation).</summary>
    public bool Signal => LongRunSignal || FewCrossingsSignal;
}
