using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.Statistics.Evaluation;
using ClinicalProject.Statistics.ProcessControl;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicalProject.ImpactFollowUp.Dashboards;

public enum AdHocMethod
{
    Its,
    ControlledIts,
    Did,
    ControlChart,
}

/// <summary>
/// A series to evaluate, sent in the request (nothing is stored). <c>values</c> in time order; ITS, controlled ITS
/// and DiD need <c>interventionIndex</c> (the first "after" value) and, for the two-group designs, <c>comparison</c>
/// at the same periods; a control chart needs <c>chart</c> (individuals, p or u) and for p and u <c>denominators</c>.
/// <c>errors</c>: ols, newey-west (ITS default), hc0–hc3 (DiD default hc1); <c>distribution</c>: student-t (default) or normal.
/// </summary>
public sealed record AdHocRequest(
    AdHocMethod? Method,
    IReadOnlyList<double>? Values,
    IReadOnlyList<double>? Comparison,
    int? InterventionIndex,
    string? Chart,
    IReadOnlyList<double>? Denominators,
    int? BaselinePoints,
    double? Multiplier,
    string? Errors,
    int? Lag,
    bool? SmallSampleCorrection,
    string? Distribution);

public sealed record AdHocResult(AdHocMethod Method, ItsResult? Its, ControlledItsResult? ControlledIts, DidResult? DifferenceInDifferences, ControlChartResult? Chart);

/// <summary>POST /evaluate: the statistics on a series sent in the request; every input rule is checked first (400 naming the field).</summary>
public static class AdHocEvaluationHandlers
{
    public const int MaxValues = 10_000;

    public static async Task<Results<Ok<AdHocResult>, ValidationProblem>> Evaluate(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<AdHocRequest>(request, cancellationToken);
        if (body is null || errors.HasErrors)
        {
            return Problems.Invalid(errors, "evaluation request");
        }

        errors = Validate(body);
        if (errors.HasErrors)
        {
            return Problems.Invalid(errors, "evaluation request");
        }

        try
        {
            return TypedResults.Ok(Run(body));
        }
        catch (ArgumentException exception)
        {
            // The statistics' own checks (e.g. a singular design): reported, never a 500.
            errors.Add(exception.ParamName ?? "values", exception.Message);
            return Problems.Invalid(errors, "evaluation request");
        }
    }

    private static AdHocResult Run(AdHocRequest body)
    {
        var values = body.Values!.ToArray();
        var method = body.Method!.Value;
        switch (method)
        {
            case AdHocMethod.Its:
                return new(method, InterruptedTimeSeries.Fit(values, body.InterventionIndex!.Value, ItsOptions(body)), null, null, null);
            case AdHocMethod.ControlledIts:
                return new(method, null, ControlledInterruptedTimeSeries.Fit(values, body.Comparison!.ToArray(), body.InterventionIndex!.Value, ItsOptions(body)), null, null);
            case AdHocMethod.Did:
                return new(method, null, null, DifferenceInDifferences.Fit(values, body.Comparison!.ToArray(), body.InterventionIndex!.Value, DidOptions(body)), null);
            default:
                ImpactJson.TryParse<ControlChartKind>(body.Chart, out var kind);
                var chart = kind == ControlChartKind.Individuals
                    ? ControlChart.Individuals(values, body.BaselinePoints)
                    : kind == ControlChartKind.P
                        ? ControlChart.P(values, body.Denominators!.ToArray(), body.Multiplier ?? 1, body.BaselinePoints)
                        : ControlChart.U(values, body.Denominators!.ToArray(), body.Multiplier ?? 1, body.BaselinePoints);
                return new(method, null, null, null, chart);
        }
    }

    private static ItsOptions ItsOptions(AdHocRequest body) => new()
    {
        Errors = Estimator(body.Errors) ?? CovarianceEstimator.NeweyWest,
        Lag = body.Lag is { } lag ? LagSelection.Fixed(lag) : LagSelection.Automatic,
        Correction = body.SmallSampleCorrection == false ? SmallSampleCorrection.None : SmallSampleCorrection.DegreesOfFreedom,
        Distribution = Distribution(body.Distribution),
    };

    private static DidOptions DidOptions(AdHocRequest body) => new()
    {
        Errors = Estimator(body.Errors) ?? CovarianceEstimator.HC1,
        Distribution = Distribution(body.Distribution),
    };

    private static CovarianceEstimator? Estimator(string? text) => ImpactJson.TryParse<CovarianceEstimator>(text, out var e) ? e : null;

    private static InferenceDistribution Distribution(string? text) =>
        ImpactJson.TryParse<InferenceDistribution>(text, out var d) ? d : InferenceDistribution.StudentT;

    private static FieldErrors Validate(AdHocRequest body)
    {
        var errors = new FieldErrors();
        if (body.Method is not { } method)
        {
            errors.Add("method", $"method is required: {ImpactJson.Names<AdHocMethod>()}.");
            return errors;
        }

        var values = body.Values ?? [];
        var minimum = method == AdHocMethod.ControlChart ? 2 : 2 * InterruptedTimeSeries.MinimumPointsPerSegment;
        if (values.Count < minimum || values.Count > MaxValues)
        {
            errors.Add("values", $"values needs between {minimum} and {MaxValues} numbers (got {values.Count}).");
        }

        Finite(errors, "values", values);
        if (method == AdHocMethod.ControlChart)
        {
            ValidateChart(body, values.Count, errors);
            return errors;
        }

        if (body.InterventionIndex is not { } index ||
            index < InterruptedTimeSeries.MinimumPointsPerSegment || index > values.Count - InterruptedTimeSeries.MinimumPointsPerSegment)
        {
            errors.Add("interventionIndex", $"interventionIndex is required: the position of the first value after the intervention, leaving at least {InterruptedTimeSeries.MinimumPointsPerSegment} values on each side (between {InterruptedTimeSeries.MinimumPointsPerSegment} and {values.Count - InterruptedTimeSeries.MinimumPointsPerSegment}).");
        }

        if (method is AdHocMethod.ControlledIts or AdHocMethod.Did)
        {
            if (body.Comparison?.Count != values.Count)
            {
                errors.Add("comparison", $"comparison needs one value per value of the treated series ({values.Count}; got {body.Comparison?.Count ?? 0}).");
            }

            Finite(errors, "comparison", body.Comparison ?? []);
        }

        var estimator = Estimator(body.Errors);
        if (body.Errors is not null && estimator is null)
        {
            errors.Add("errors", $"errors must be one of: {ImpactJson.Names<CovarianceEstimator>()}.");
        }
        else if (method == AdHocMethod.Did && estimator == CovarianceEstimator.NeweyWest)
        {
            errors.Add("errors", "errors newey-west does not apply to difference-in-differences (two groups' rows are not one series): ols or hc0–hc3.");
        }

        if (body.Distribution is not null && !ImpactJson.TryParse<InferenceDistribution>(body.Distribution, out _))
        {
            errors.Add("distribution", $"distribution must be one of: {ImpactJson.Names<InferenceDistribution>()}.");
        }

        if (body.Lag is < 0 or > Evaluations.EvaluationDeclarations.MaxNeweyWestLag)
        {
            errors.Add("lag", $"lag must be between 0 and {Evaluations.EvaluationDeclarations.MaxNeweyWestLag}.");
        }

        return errors;
    }

    private static void ValidateChart(AdHocRequest body, int count, FieldErrors errors)
    {
        if (!ImpactJson.TryParse<ControlChartKind>(body.Chart, out var kind))
        {
            errors.Add("chart", $"chart is required: {ImpactJson.Names<ControlChartKind>()}.");
            return;
        }

        if (body.BaselinePoints is { } baseline && (baseline < 2 || baseline > count))
        {
            errors.Add("baselinePoints", $"baselinePoints must be between 2 and the number of values ({count}).");
        }

        if (body.Multiplier is { } multiplier && (!double.IsFinite(multiplier) || multiplier <= 0))
        {
            errors.Add("multiplier", "multiplier must be a number above 0.");
        }

        if (kind == ControlChartKind.Individuals)
        {
            return;
        }

        var denominators = body.Denominators ?? [];
        if (denominators.Count != count)
        {
            errors.Add("denominators", $"A {ImpactJson.Format(kind)} chart needs one denominator per value ({count}; got {denominators.Count}).");
            return;
        }

        for (var i = 0; i < count; i++)
        {
            if (!double.IsFinite(denominators[i]) || denominators[i] <= 0)
            {
                errors.Add($"denominators[{i}]", $"denominators[{i}] must be a number above 0.");
            }
            else if (body.Values![i] < 0 || (kind == ControlChartKind.P && body.Values[i] > denominators[i]))
            {
                errors.Add($"values[{i}]", kind == ControlChartKind.P ? $"values[{i}] must be between 0 and its denominator." : $"values[{i}] must not be negative.");
            }
        }
    }

    private static void Finite(FieldErrors errors, string field, IReadOnlyList<double> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                errors.Add($"{field}[{i}]", $"{field}[{i}] must be a finite number.");
            }
        }
    }
}
