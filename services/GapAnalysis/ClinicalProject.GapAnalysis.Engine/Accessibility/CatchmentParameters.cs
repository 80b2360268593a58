namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// How to compute accessibility: the method, the catchment (pairs farther than <see cref="CatchmentMinutes"/> are
/// out of reach, the bound inclusive) and the method's decay parameters. Defaults: E2SFCA, 30 minutes, Luo &amp; Qi
/// steps.
/// </summary>
/// <param name="Method">The floating catchment method.</param>
/// <param name="CatchmentMinutes">The catchment, in minutes; finite, &gt; 0 (or +∞ for no limit).</param>
public sealed record CatchmentParameters(
    CatchmentMethod Method = CatchmentMethod.EnhancedTwoStep,
    double CatchmentMinutes = CatchmentParameters.DefaultCatchmentMinutes)
{
    /// <summary>30 minutes.</summary>
    public const double DefaultCatchmentMinutes = 30;

    /// <summary>Luo &amp; Qi (2009): ≤ 10 min 1.00, ≤ 20 min 0.68, ≤ 30 min 0.22 (PySAL's E2SFCA default).</summary>
    public static IReadOnlyList<StepWeight> LuoQiSteps { get; } =
        [new(10, 1.00), new(20, 0.68), new(30, 0.22)];

    /// <summary>PySAL's 3SFCA default: ≤ 10 min 0.962, ≤ 20 min 0.704, ≤ 30 min 0.377, ≤ 60 min 0.042.</summary>
    public static IReadOnlyList<StepWeight> WanSelectionSteps { get; } =
        [new(10, 0.962), new(20, 0.704), new(30, 0.377), new(60, 0.042)];

    /// <summary>E2SFCA's bands (<see cref="CatchmentMethod.EnhancedTwoStep"/>); default <see cref="LuoQiSteps"/>.</summary>
    public IReadOnlyList<StepWeight> StepWeights { get; init; } = LuoQiSteps;

    /// <summary>
    /// 3SFCA's weights (<see cref="CatchmentMethod.ThreeStep"/>), used, as PySAL does, both as the distance decay
    /// and for the selection weights Gᵢⱼ = Wᵢⱼ / Σₖ Wᵢₖ (sum over the sites within the catchment);
    /// default <see cref="WanSelectionSteps"/>.
    /// </summary>
    public IReadOnlyList<StepWeight> SelectionWeights { get; init; } = WanSelectionSteps;

    /// <summary>σ of the Gaussian decay exp(−t²/(2σ²)), minutes; finite, &gt; 0. Default 15.</summary>
    public double GaussianBandwidthMinutes { get; init; } = 15;

    /// <summary>β of the gravity decay max(t, t_min)^(−β); finite, ≥ 0. Default 1.</summary>
    public double GravityExponent { get; init; } = 1;

    /// <summary>t_min of the gravity decay, minutes (avoids infinite weight at 0); finite, &gt; 0. Default 1.</summary>
    public double GravityMinimumMinutes { get; init; } = 1;
}
