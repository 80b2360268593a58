namespace ClinicalProject.GapAnalysis.Common;

/// <summary>
/// The <c>GapAnalysis</c> configuration section (environment: <c>GapAnalysis__Name</c>). Every value has a working
/// default; programs are configured by number (<c>GapAnalysis__Programs__8__NeedIndicator</c>).
/// </summary>
public sealed class GapAnalysisOptions
{
    public const string SectionName = "GapAnalysis";

    /// <summary>How long after the last input event a run starts: a burst of events gives one run.</summary>
    public TimeSpan DebounceDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Population profiling's base address (service discovery name <c>profiling</c>).</summary>
    public string ProfilingUrl { get; set; } = "http://profiling";

    /// <summary>Resource inventory's base address (service discovery name <c>inventory</c>).</summary>
    public string InventoryUrl { get; set; } = "http://inventory";

    /// <summary>twoStep, enhancedTwoStep, gaussian, gravity, threeStep or balanced.</summary>
    public string Method { get; set; } = "enhancedTwoStep";

    public double CatchmentMinutes { get; set; } = 30;

    /// <summary>Speed for great-circle costs when no travel-time matrix is imported.</summary>
    public double SpeedKmPerHour { get; set; } = 50;

    public double GaussianBandwidthMinutes { get; set; } = 15;

    public double GravityExponent { get; set; } = 1;

    /// <summary>The level at which gaps are found and ranked (areas' scores are aggregated to it).</summary>
    public string GapLevel { get; set; } = "rls";

    /// <summary>The level whose age-sex-specific rates give each area's expected users.</summary>
    public string RatesLevel { get; set; } = "rls";

    /// <summary>A projection dataset version for the projected need (none: no projected-need gaps).</summary>
    public string? Projection { get; set; }

    public int? ProjectedPeriod { get; set; }

    /// <summary>Defaults of every program, overridden per program in <see cref="Programs"/>.</summary>
    public ProgramOptions Defaults { get; set; } = new();

    /// <summary>Per program number (1–9): the need indicator, capacity unit, thresholds and weights.</summary>
    public Dictionary<string, ProgramOptions> Programs { get; set; } = [];

    public ProgramOptions For(int program)
    {
        var own = Programs.GetValueOrDefault(program.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return own is null ? Defaults : new ProgramOptions
        {
            NeedIndicator = own.NeedIndicator ?? Defaults.NeedIndicator,
            CapacityUnit = own.CapacityUnit ?? Defaults.CapacityUnit,
            MinimumScore = own.MinimumScore ?? Defaults.MinimumScore,
            RegionFraction = own.RegionFraction ?? Defaults.RegionFraction,
            CapacityRegionFraction = own.CapacityRegionFraction ?? Defaults.CapacityRegionFraction,
            ProgramWeight = own.ProgramWeight ?? Defaults.ProgramWeight,
            DeprivationWeight = own.DeprivationWeight ?? Defaults.DeprivationWeight,
            RequiredLevels = own.RequiredLevels ?? Defaults.RequiredLevels,
        };
    }
}

/// <summary>One program's settings; null inherits <see cref="GapAnalysisOptions.Defaults"/>.</summary>
public sealed class ProgramOptions
{
    /// <summary>The profile indicator whose expected users are the program's demand (none: the head count).</summary>
    public string? NeedIndicator { get; set; }

    /// <summary>The capacity unit that is the program's supply: fte, beds, places, hours-per-week or visits-per-year.</summary>
    public string? CapacityUnit { get; set; } = "fte";

    public double? MinimumScore { get; set; } = 0;

    public double? RegionFraction { get; set; } = 0.5;

    public double? CapacityRegionFraction { get; set; } = 0.8;

    public double? ProgramWeight { get; set; } = 1;

    public double? DeprivationWeight { get; set; } = 1;

    /// <summary>Continuum levels every territory should reach, besides those the region offers (e.g. first-line).</summary>
    public string[]? RequiredLevels { get; set; }
}
