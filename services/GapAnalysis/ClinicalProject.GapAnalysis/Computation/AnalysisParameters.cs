using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Engine.Accessibility;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>The parameters an analysis ran with, resolved from configuration and stored with it.</summary>
public sealed record AnalysisParameters(
    CatchmentMethod Method,
    double CatchmentMinutes,
    double SpeedKmPerHour,
    double GaussianBandwidthMinutes,
    double GravityExponent,
    string GapLevel,
    string RatesLevel,
    string? Projection,
    int? ProjectedPeriod,
    IReadOnlyDictionary<int, ProgramParameters> Programs)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public CatchmentParameters Catchment => new(Method, CatchmentMinutes)
    {
        GaussianBandwidthMinutes = GaussianBandwidthMinutes,
        GravityExponent = GravityExponent,
    };

    public static AnalysisParameters From(GapAnalysisOptions options)
    {
        if (!Enum.TryParse<CatchmentMethod>(options.Method, ignoreCase: true, out var method))
        {
            throw new InvalidOperationException(
                $"GapAnalysis:Method '{options.Method}' is not one of: {string.Join(", ", Enum.GetNames<CatchmentMethod>())}.");
        }

        var programs = Enumerable.Range(1, 9).ToDictionary(p => p, p =>
        {
            var o = options.For(p);
            return new ProgramParameters(o.NeedIndicator, o.CapacityUnit, o.MinimumScore ?? 0, o.RegionFraction ?? 0.5, o.CapacityRegionFraction ?? 0.8,
                o.ProgramWeight ?? 1, o.DeprivationWeight ?? 1, o.RequiredLevels ?? []);
        });
        return new AnalysisParameters(method, options.CatchmentMinutes, options.SpeedKmPerHour, options.GaussianBandwidthMinutes, options.GravityExponent,
            options.GapLevel, options.RatesLevel, options.Projection, options.ProjectedPeriod, programs);
    }

}

/// <summary>One program's resolved settings (see <see cref="ProgramOptions"/>); a null capacity unit means the program's most recorded unit.</summary>
public sealed record ProgramParameters(string? NeedIndicator, string? CapacityUnit, double MinimumScore, double RegionFraction, double CapacityRegionFraction,
    double ProgramWeight, double DeprivationWeight, IReadOnlyList<string> RequiredLevels);
