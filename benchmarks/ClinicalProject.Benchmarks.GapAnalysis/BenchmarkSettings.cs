using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.Benchmarks.GapAnalysis;

/// <summary>The case's settings, shared by every contender (the Python ones get them on their command line).</summary>
public static class BenchmarkSettings
{
    /// <summary>Great-circle speed: 50 km/h, a usual allowance for roads being longer than the straight line.</summary>
    public const double SpeedKmPerHour = 50;

    public const double CatchmentMinutes = 30;

    public const double GaussianSigmaMinutes = 15;

    /// <summary>The methods, in the order of the results files.</summary>
    public static readonly CatchmentParameters[] Methods =
    [
        new(CatchmentMethod.EnhancedTwoStep, CatchmentMinutes),
        new(CatchmentMethod.TwoStep, CatchmentMinutes),
        new(CatchmentMethod.Gaussian, CatchmentMinutes) { GaussianBandwidthMinutes = GaussianSigmaMinutes },
    ];
}
