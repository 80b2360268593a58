using ClinicalProject.PopulationProfiling.Territories;

namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>The filters dashboards combine: indicator, period, level, territory (and its children), quintile.</summary>
public sealed record ProfileFilter(string? Indicator, int? Period, string? Level, string? Territory, string? Parent, int? Quintile)
{
    /// <summary>Adds what is wrong to <paramref name="invalid"/>.</summary>
    public void Validate(Dictionary<string, string[]> invalid)
    {
        if (Level is not null && !TerritoryLevels.TryParse(Level, out _))
        {
            invalid["level"] = [$"Unknown level '{Level}'; expected one of: {string.Join(", ", TerritoryLevels.Names)}."];
        }

        if (Quintile is < 1 or > 6)
        {
            invalid["quintile"] = ["1 (least deprived) to 5 (most deprived), or 6 for DAs of unknown quintile; omit it for whole territories."];
        }
    }

    public IQueryable<ProfileValue> Apply(IQueryable<ProfileValue> values)
    {
        if (Indicator is { } indicator)
        {
            values = values.Where(v => v.IndicatorCode == indicator);
        }

        if (Period is { } period)
        {
            values = values.Where(v => v.Period == period);
        }

        if (Level is { } text && TerritoryLevels.TryParse(text, out var level))
        {
            var name = level.ToName();
            values = values.Where(v => v.Level == name);
        }

        if (Territory is { } territory)
        {
            values = values.Where(v => v.TerritoryCode == territory);
        }

        var quintile = (byte)(Quintile ?? 0);
        return values.Where(v => v.Quintile == quintile);
    }
}
