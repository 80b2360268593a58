using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Plans;
using ClinicalProject.ImpactFollowUp.Series;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ImpactFollowUp.Comparisons;

public sealed record TerritoryTraitBody(string? Territory, string? Name, int? DeprivationQuintile, double? Population, string? Source);

public sealed record TerritoryTraitsBody(IReadOnlyList<TerritoryTraitBody>? Traits);

public sealed record TerritoryTraitDto(string Territory, string? Name, int? DeprivationQuintile, double? Population, string Source, DateTime UpdatedAtUtc);

/// <summary>
/// A suggested comparison territory and how far it is from the plan's territories on each criterion (0 = identical):
/// deprivation quintiles apart / 4, |ln(population ratio)|, |baseline difference| / treated baseline; <c>Distance</c> is their sum.
/// </summary>
public sealed record ComparisonSuggestionDto(
    string Territory,
    string? Name,
    int? DeprivationQuintile,
    double? Population,
    double? BaselineLevel,
    double? DeprivationDistance,
    double? PopulationDistance,
    double? BaselineDistance,
    double Distance);

/// <summary>Territory traits (deprivation quintile, population) and comparison suggestions built on them and on the series held.</summary>
public static class ComparisonHandlers
{
    public const int MaxTraits = 10_000;

    public static async Task<Results<Ok<SeriesWriteResult>, ValidationProblem>> PutTraits(ImpactDbContext db, HttpRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<TerritoryTraitsBody>(request, cancellationToken);
        var traits = body?.Traits ?? [];
        if (body is not null && !errors.HasErrors)
        {
            if (traits.Count is 0 or > MaxTraits)
            {
                errors.Add("traits", $"traits needs between 1 and {MaxTraits} territories.");
            }

            for (var i = 0; i < traits.Count; i++)
            {
                errors.Required($"traits[{i}].territory", traits[i]?.Territory, FieldErrors.CodeMaxLength);
                errors.Required($"traits[{i}].source", traits[i]?.Source);
                errors.MaxLength($"traits[{i}].name", traits[i]?.Name, FieldErrors.NameMaxLength);
                if (traits[i]?.DeprivationQuintile is < 1 or > 5)
                {
                    errors.Add($"traits[{i}].deprivationQuintile", $"traits[{i}].deprivationQuintile must be 1 (least deprived) to 5 (most).");
                }

                if (traits[i]?.Population is { } p && (!double.IsFinite(p) || p < 0))
                {
                    errors.Add($"traits[{i}].population", $"traits[{i}].population must be a number of at least 0.");
                }
            }

            errors.Codes("traits", traits.Select(t => t?.Territory ?? string.Empty).ToList(), required: false);
        }

        if (body is null || errors.HasErrors)
        {
            return Problems.Invalid(errors, "territory traits");
        }

        var codes = traits.Select(t => t.Territory!.Trim()).ToList();
        var held = await db.TerritoryTraits.Where(t => codes.Contains(t.TerritoryCode)).ToDictionaryAsync(t => t.TerritoryCode, cancellationToken);
        int added = 0, changed = 0, unchanged = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var t in traits)
        {
            var code = t.Territory!.Trim();
            if (!held.TryGetValue(code, out var trait))
            {
                trait = new TerritoryTrait { TerritoryCode = code, Source = t.Source!.Trim() };
                db.TerritoryTraits.Add(trait);
                added++;
            }
            else if (trait.Name == t.Name && trait.DeprivationQuintile == t.DeprivationQuintile && Nullable.Equals(trait.Population, t.Population) && trait.Source == t.Source!.Trim())
            {
                unchanged++;
                continue;
            }
            else
            {
                changed++;
            }

            (trait.Name, trait.DeprivationQuintile, trait.Population, trait.Source, trait.UpdatedAtUtc) = (t.Name, t.DeprivationQuintile, t.Population, t.Source!.Trim(), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SeriesWriteResult(added, changed, unchanged));
    }

    public static async Task<Ok<List<TerritoryTraitDto>>> ListTraits(ImpactDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.TerritoryTraits.AsNoTracking().OrderBy(t => t.TerritoryCode).ToListAsync(cancellationToken))
            .Select(t => new TerritoryTraitDto(t.TerritoryCode, t.Name, t.DeprivationQuintile, t.Population, t.Source, DateTime.SpecifyKind(t.UpdatedAtUtc, DateTimeKind.Utc))).ToList());

    /// <summary>
    /// Candidates: every territory with traits or with values of the indicator, other than the plan's. Each criterion
    /// the service can measure for both sides counts; ordered by distance, closest first.
    /// </summary>
    public static async Task<Results<Ok<List<ComparisonSuggestionDto>>, NotFound<ProblemDetails>>> Suggest(
        Guid id, string code, int? count, ImpactDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        var indicator = plan?.Indicators.FirstOrDefault(i => i.Code == code);
        if (plan is null || indicator is null)
        {
            return Problems.NotFound(plan is null ? "plan" : "followed indicator", plan is null ? id : code);
        }

        var traits = await db.TerritoryTraits.AsNoTracking().ToDictionaryAsync(t => t.TerritoryCode, cancellationToken);
        var values = await db.SeriesValues.AsNoTracking().Where(v => v.IsCurrent && v.IndicatorCode == code)
            .Select(v => new { v.TerritoryCode, v.PeriodKind, v.PeriodIndex, v.Value }).ToListAsync(cancellationToken);
        // Baseline level: each territory's mean over the periods before the plan's start.
        var baselines = values.Where(v => Period.FromIndex(v.PeriodKind, v.PeriodIndex).Start < plan.StartDate)
            .GroupBy(v => v.TerritoryCode).ToDictionary(g => g.Key, g => g.Average(v => v.Value));
        var treated = plan.Territories;
        var treatedQuintile = Mean(treated.Select(t => (double?)traits.GetValueOrDefault(t)?.DeprivationQuintile));
        var treatedPopulation = Mean(treated.Select(t => traits.GetValueOrDefault(t)?.Population));
        var treatedBaseline = Mean(treated.Select(t => baselines.TryGetValue(t, out var b) ? b : (double?)null));
        var candidates = traits.Keys.Concat(values.Select(v => v.TerritoryCode)).Distinct().Where(c => !treated.Contains(c));
        var suggestions = candidates.Select(c =>
        {
            var trait = traits.GetValueOrDefault(c);
            double? baseline = baselines.TryGetValue(c, out var b) ? b : null;
            var deprivation = trait?.DeprivationQuintile is { } q && treatedQuintile is { } tq ? Math.Abs(q - tq) / 4 : (double?)null;
            var population = trait?.Population is > 0 && treatedPopulation is > 0 ? Math.Abs(Math.Log(trait.Population.Value / treatedPopulation.Value)) : (double?)null;
            var level = baseline is { } cb && treatedBaseline is { } tb && tb != 0 ? Math.Abs(cb - tb) / Math.Abs(tb) : (double?)null;
            // A criterion that cannot be measured counts as far (1), so a territory known on every criterion ranks first.
            var distance = (deprivation ?? 1) + (population ?? 1) + (level ?? 1);
            return new ComparisonSuggestionDto(c, trait?.Name, trait?.DeprivationQuintile, trait?.Population, baseline, deprivation, population, level, distance);
        }).OrderBy(s => s.Distance).ThenBy(s => s.Territory, StringComparer.Ordinal).Take(Math.Clamp(count ?? 5, 1, 50)).ToList();
        return TypedResults.Ok(suggestions);
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return known.Count == 0 ? null : known.Average();
    }
}
