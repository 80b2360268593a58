namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// The truncation lag L of the Newey–West estimator: a fixed number, or the common rule
/// L = ⌊4 (n/100)^(2/9)⌋ (Newey &amp; West 1994; statsmodels' default for <c>cov_hac</c>), which gives
/// 2 for 5 to 27 points, 3 for 28 to 99 (so 3 for 60 monthly points), 4 from 100.
/// </summary>
public readonly record struct LagSelection
{
    private LagSelection(int? fixedLag) => FixedLag = fixedLag;

    /// <summary>L = ⌊4 (n/100)^(2/9)⌋, the default.</summary>
    public static LagSelection Automatic => default;

    /// <summary>The fixed lag, or null for the automatic rule.</summary>
    public int? FixedLag { get; }

    /// <summary>A fixed lag L ≥ 0 (0 gives White's heteroscedasticity-robust errors).</summary>
    public static LagSelection Fixed(int lag) => lag >= 0
        ? new LagSelection(lag)
        : throw new ArgumentOutOfRangeException(nameof(lag), lag, "A Newey–West lag is ≥ 0.");

    /// <summary>The lag used for <paramref name="observations"/> points; never more than n − 1.</summary>
    /// <exception cref="ArgumentException">A fixed lag not below the number of observations.</exception>
    public int LagFor(int observations)
    {
        if (FixedLag is { } lag)
        {
            return lag < observations
                ? lag
                : throw new ArgumentException(
                    $"A Newey–West lag of {lag} needs more than {lag} observations; there are {observations}.");
        }

        return Math.Min(observations - 1, (int)Math.Floor(4 * Math.Pow(observations / 100.0, 2.0 / 9.0)));
    }

    /// <inheritdoc />
    public override string ToString() => FixedLag is { } lag ? $"L = {lag}" : "L = ⌊4 (n/100)^(2/9)⌋";
}
