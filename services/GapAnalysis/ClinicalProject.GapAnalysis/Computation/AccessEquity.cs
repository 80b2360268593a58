using System.Globalization;
using ClinicalProject.GapAnalysis.Engine.Equity;
using ClinicalProject.Statistics;

namespace ClinicalProject.GapAnalysis.Computation;

/// <summary>A program's inequality of access across material deprivation quintiles, or why it was not computed.</summary>
public sealed record AccessEquityDto(Estimate? Sii, Estimate? Rii, string Method, IReadOnlyList<QuintileAccess> Quintiles, string? NotComputed);

/// <summary>A quintile's population, population-weighted mean access, and that mean's standard error.</summary>
public sealed record QuintileAccess(int Quintile, double Population, double Access, double StandardError, int Areas);

/// <summary>
/// SII and RII of the areas' access scores across material deprivation quintiles (the engine's phe_sii, normal
/// value type, no transform): each quintile's value is its population-weighted mean access, its standard error the
/// population-weighted standard deviation of its areas' scores over √(areas). Positive SII: the least deprived have
/// more access. Needs every quintile populated (phe_sii's five groups); otherwise says why not.
/// </summary>
public static class AccessEquity
{
    public static AccessEquityDto Compute(IEnumerable<(double Population, int? Quintile, double Score)> areas)
    {
        var quintiles = areas.Where(a => a.Quintile is >= 1 and <= 5 && a.Population > 0)
            .GroupBy(a => a.Quintile!.Value)
            .OrderByDescending(g => g.Key) // Q5 (most deprived) first
            .Select(g =>
            {
                var people = g.Sum(a => a.Population);
                var mean = g.Sum(a => a.Population * a.Score) / people;
                var variance = g.Sum(a => a.Population * (a.Score - mean) * (a.Score - mean)) / people;
                var count = g.Count();
                return new QuintileAccess(g.Key, people, mean, Math.Sqrt(variance / count), count);
            }).ToList();
        var method = "Slope and relative index of inequality (phe_sii) of the population-weighted mean access per material deprivation quintile, "
            + "Q5 (rank 0) to Q1 (rank 1); standard errors from the areas' spread; 95 % limits by seeded simulation.";
        if (quintiles.Count < 5)
        {
            return new AccessEquityDto(null, null, method, quintiles,
                string.Create(CultureInfo.InvariantCulture, $"Areas of only {quintiles.Count} deprivation quintile(s) have people; all five are needed."));
        }

        try
        {
            var indices = SlopeIndexOfInequality.Compute(
                quintiles.Select(q => new InequalityGroup($"Q{q.Quintile}", q.Population, q.Access, q.StandardError)).ToList(),
                new InequalityOptions(Repetitions: 10_000));
            return new AccessEquityDto(indices.Sii, indices.Rii, method, quintiles, null);
        }
        catch (InequalityInputException refused)
        {
            return new AccessEquityDto(null, null, method, quintiles, refused.Message);
        }
    }
}
