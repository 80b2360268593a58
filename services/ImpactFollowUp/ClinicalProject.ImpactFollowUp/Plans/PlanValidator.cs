using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Series;

namespace ClinicalProject.ImpactFollowUp.Plans;

/// <summary>The rules of a plan's data; every broken rule is reported with its field's path.</summary>
public static class PlanValidator
{
    public static FieldErrors Validate(PlanBody body)
    {
        var errors = new FieldErrors();
        errors.MaxLength("reference", body.Reference, FieldErrors.NameMaxLength);
        errors.Required("title", body.Title);
        errors.MaxLength("description", body.Description);
        errors.MaxLength("clinicalModel", body.ClinicalModel, FieldErrors.NameMaxLength);
        if (body.Program is not (>= 1 and <= 9))
        {
            errors.Add("program", $"program is required: a service-program number from 1 to 9 (got {body.Program?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).");
        }

        for (var i = 0; i < (body.Gaps?.Count ?? 0); i++)
        {
            errors.Required($"gaps[{i}].gapId", body.Gaps![i]?.GapId, Gaps.GapReferences.KeyMaxLength);
            errors.Required($"gaps[{i}].analysisVersion", body.Gaps![i]?.AnalysisVersion, FieldErrors.CodeMaxLength);
        }

        errors.Codes("territories", body.Territories, required: true);
        if (body.CoManagement is null)
        {
            errors.Add("coManagement", "coManagement is required: clinicalAdministrativeManager, medicalManager and owner.");
        }
        else
        {
            errors.Required("coManagement.clinicalAdministrativeManager", body.CoManagement.ClinicalAdministrativeManager);
            errors.Required("coManagement.medicalManager", body.CoManagement.MedicalManager);
            errors.Required("coManagement.owner", body.CoManagement.Owner);
        }

        errors.Required("startDate", body.StartDate);
        if (body is { StartDate: { } start, EndDate: { } end } && end < start)
        {
            errors.Add("endDate", $"endDate ({end:yyyy-MM-dd}) is before startDate ({start:yyyy-MM-dd}).");
        }

        for (var i = 0; i < (body.Evidence?.Count ?? 0); i++)
        {
            errors.Required($"evidence[{i}].title", body.Evidence![i]?.Title);
            errors.Url($"evidence[{i}].url", body.Evidence![i]?.Url);
        }

        ValidateIndicators(body, errors);
        return errors;
    }

    private static void ValidateIndicators(PlanBody body, FieldErrors errors)
    {
        var indicators = body.Indicators ?? [];
        var territories = new HashSet<string>(body.Territories ?? [], StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            var at = $"indicators[{i}]";
            var indicator = indicators[i];
            if (indicator is null)
            {
                errors.Add(at, $"{at} is empty.");
                continue;
            }

            errors.Required($"{at}.code", indicator.Code, FieldErrors.CodeMaxLength);
            errors.MaxLength($"{at}.label", indicator.Label, FieldErrors.NameMaxLength);
            if (indicator.Baseline?.Value is null)
            {
                errors.Add($"{at}.baseline.value", $"{at}.baseline.value is required.");
            }

            errors.Finite($"{at}.baseline.value", indicator.Baseline?.Value);
            if (!Period.TryParse(indicator.Baseline?.Period, out _))
            {
                errors.Add($"{at}.baseline.period", $"{at}.baseline.period is required: {Period.Formats}.");
            }

            if (indicator.Target?.Value is null)
            {
                errors.Add($"{at}.target.value", $"{at}.target.value is required.");
            }

            errors.Finite($"{at}.target.value", indicator.Target?.Value);
            errors.Required($"{at}.target.date", indicator.Target?.Date);
            if (indicator.Target?.Date is { } date && body.StartDate is { } start && date <= start)
            {
                errors.Add($"{at}.target.date", $"{at}.target.date ({date:yyyy-MM-dd}) must come after the plan's startDate ({start:yyyy-MM-dd}).");
            }

            if (indicator.Direction is null)
            {
                errors.Add($"{at}.direction", $"{at}.direction is required: {ImpactJson.Names<Direction>()}.");
            }

            errors.Codes($"{at}.comparisonTerritories", indicator.ComparisonTerritories, required: false);
            var treated = indicator.ComparisonTerritories?.FirstOrDefault(territories.Contains);
            if (treated is not null)
            {
                errors.Add($"{at}.comparisonTerritories", $"{treated} is one of the plan's territories; it cannot be its own comparison.");
            }
        }

        var duplicate = indicators.Where(x => x?.Code is not null).GroupBy(x => x.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add("indicators", $"indicators lists {duplicate.Key} more than once.");
        }
    }
}
