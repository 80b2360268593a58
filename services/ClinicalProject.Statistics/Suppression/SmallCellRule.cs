namespace ClinicalProject.Statistics.Suppression;

/// <summary>The small-cell rule: which counts are too small to publish.</summary>
/// <param name="Threshold">Counts below this are withheld (default 5: "never publish a count below 5").</param>
/// <param name="PublishZeros">
/// Whether a zero may be shown. Off by default, as domain.md withholds every count below the threshold;
/// some agencies publish zeros because "nobody" identifies no one.
/// </param>
public sealed record SmallCellRule(int Threshold = SmallCellRule.DefaultThreshold, bool PublishZeros = false)
{
    /// <summary>The default threshold, 5.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>The default rule: counts 0–4 withheld.</summary>
    public static SmallCellRule Default { get; } = new();

    /// <summary>Whether <paramref name="count"/> must be withheld on its own (primary suppression).</summary>
    public bool IsSmall(double count)
    {
        if (Threshold < 1)
        {
            throw new InvalidOperationException($"A small-cell threshold must be ≥ 1 (got {Threshold}).");
        }

        return count < Threshold && !(PublishZeros && count == 0);
    }
}
