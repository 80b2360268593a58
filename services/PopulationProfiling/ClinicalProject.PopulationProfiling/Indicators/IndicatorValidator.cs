using System.Globalization;
using System.Text.RegularExpressions;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>
/// Checks an indicator as a whole and reports every fault at once (row 0, the field, the value, the rule).
/// Whether the standard population exists is the endpoint's check: it needs the database.
/// </summary>
public static partial class IndicatorValidator
{
    public const int NameMaxLength = 200;
    public const int DefinitionMaxLength = 1000;
    public const int CodeMaxLength = 64;

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    /// <summary>The multiplier a measure type gets when none is given.</summary>
    /// <summary>Per million is the largest base rates are quoted in; beyond it a multiplier is a typo or an attack (1e308 overflowed every profile).</summary>
    public const double MaxMultiplier = 1_000_000;

    public static double DefaultMultiplier(MeasureType type) => type switch
    {
        MeasureType.CrudeRate or MeasureType.DirectlyStandardisedRate => 100_000,
        MeasureType.Proportion => 100,
        _ => 1,
    };

    /// <summary>The validated indicator, or the errors. <paramref name="code"/> comes from the route.</summary>
    public static (Indicator? Indicator, IReadOnlyList<ImportError> Errors) Validate(string code, IndicatorInput input)
    {
        var errors = new List<ImportError>();
        if (!IsValidCode(code))
        {
            errors.Add(Error("code", code, IndicatorRules.InvalidCode,
                $"A code has 1 to {CodeMaxLength} lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (such as er-visits)."));
        }

        var nameFr = Text(errors, "nameFr", input.NameFr, NameMaxLength);
        var nameEn = Text(errors, "nameEn", input.NameEn, NameMaxLength);
        var numeratorDefinition = Text(errors, "numeratorDefinition", input.NumeratorDefinition, DefinitionMaxLength);
        var denominatorDefinition = Text(errors, "denominatorDefinition", input.DenominatorDefinition, DefinitionMaxLength);
        var domain = Required(errors, "domain", input.Domain, WireNames<IndicatorDomain>.Expected);
        var measureType = Required(errors, "measureType", input.MeasureType, WireNames<MeasureType>.Expected);
        var polarity = Required(errors, "polarity", input.Polarity, WireNames<Polarity>.Expected);
        var source = input.NumeratorSource ?? NumeratorSource.Counts;

        var multiplier = input.Multiplier ?? (measureType is { } type ? DefaultMultiplier(type) : 1);
        if (!double.IsFinite(multiplier) || multiplier <= 0 || multiplier > MaxMultiplier)
        {
            errors.Add(Error("multiplier", Invariant(multiplier), IndicatorRules.OutOfRange,
                "The multiplier is a positive number no larger than 1000000 (100, 1000, 100000…)."));
        }

        var programs = input.ServicePrograms ?? [];
        foreach (var program in programs.Where(p => p is < ServiceProgramList.First or > ServiceProgramList.Last))
        {
            errors.Add(Error("servicePrograms", Invariant(program), IndicatorRules.OutOfRange,
                $"Service-programs are numbered {ServiceProgramList.First} to {ServiceProgramList.Last}."));
        }

        var denominatorOk = AgeRange(errors, "denominator", input.DenominatorAgeFrom, input.DenominatorAgeTo);
        var numeratorOk = AgeRange(errors, "numerator", input.NumeratorAgeFrom, input.NumeratorAgeTo);
        if (denominatorOk && numeratorOk
            && ((input.DenominatorAgeFrom ?? 0) > (input.NumeratorAgeFrom ?? 0)
                || (input.DenominatorAgeTo ?? int.MaxValue) < (input.NumeratorAgeTo ?? int.MaxValue)))
        {
            errors.Add(Error("numeratorAgeFrom", Invariant(input.NumeratorAgeFrom), IndicatorRules.NumeratorOutsideDenominator,
                "The numerator's ages must lie within the denominator's: a numerator counts people of the population at risk."));
        }

        if (source == NumeratorSource.Population && measureType is not (null or MeasureType.Proportion or MeasureType.Count))
        {
            errors.Add(Error("numeratorSource", "population", IndicatorRules.SourceNeedsProportion,
                "A numerator taken from the population is a share of it (proportion) or a head count (count)."));
        }

        var standard = string.IsNullOrWhiteSpace(input.StandardPopulationCode) ? null : input.StandardPopulationCode.Trim();
        if (measureType == MeasureType.DirectlyStandardisedRate)
        {
            standard ??= StandardPopulationCatalogue.European2013Code;
        }
        else if (standard is not null)
        {
            errors.Add(Error("standardPopulationCode", standard, IndicatorRules.StandardPopulationOnlyForDsr,
                "Only a directly standardised rate uses a standard population."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new Indicator
        {
            Code = code,
            NameFr = nameFr!,
            NameEn = nameEn!,
            Domain = domain!.Value,
            MeasureType = measureType!.Value,
            Multiplier = multiplier,
            Polarity = polarity!.Value,
            ServicePrograms = ServiceProgramList.Format(programs),
            NumeratorSource = source,
            NumeratorAgeFrom = input.NumeratorAgeFrom,
            NumeratorAgeTo = input.NumeratorAgeTo,
            DenominatorAgeFrom = input.DenominatorAgeFrom,
            DenominatorAgeTo = input.DenominatorAgeTo,
            StandardPopulationCode = standard,
            NumeratorDefinition = numeratorDefinition!,
            DenominatorDefinition = denominatorDefinition!,
        }, errors);
    }

    private static bool AgeRange(List<ImportError> errors, string which, int? from, int? to)
    {
        var ok = true;
        if (from is { } lower && !AgeBands.IsLowerBound(lower))
        {
            errors.Add(Error(which + "AgeFrom", Invariant(lower), IndicatorRules.NotABandBoundary,
                $"Ages are stored in five-year bands: a range starts at 0, 5, 10 … {AgeBands.OpenBandFrom}."));
            ok = false;
        }

        if (to is { } upper && !AgeBands.IsUpperBound(upper))
        {
            errors.Add(Error(which + "AgeTo", Invariant(upper), IndicatorRules.NotABandBoundary,
                $"Ages are stored in five-year bands: a range ends at 4, 9, 14 … {AgeBands.OpenBandFrom - 1}, or is open (90+)."));
            ok = false;
        }

        if (ok && from is { } f && to is { } t && t < f)
        {
            errors.Add(Error(which + "AgeTo", Invariant(t), IndicatorRules.EmptyAgeRange, "The upper age is below the lower age."));
            ok = false;
        }

        return ok;
    }

    private static string? Text(List<ImportError> errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(Error(field, value, IndicatorRules.Required, $"'{field}' is required."));
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(Error(field, text[..Math.Min(40, text.Length)] + "…", IndicatorRules.TooLong, $"At most {maxLength} characters."));
            return null;
        }

        return text;
    }

    private static T? Required<T>(List<ImportError> errors, string field, T? value, string expected) where T : struct
    {
        if (value is null)
        {
            errors.Add(Error(field, null, IndicatorRules.Required, $"'{field}' is required; one of: {expected}."));
        }

        return value;
    }

    private static ImportError Error(string field, string? value, string rule, string message) => new(0, field, value, rule, message);

    private static string? Invariant(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex CodePattern();
}
