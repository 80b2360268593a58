using System.Text.Json;
using System.Text.Json.Serialization;
using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Computation;
using ClinicalProject.GapAnalysis.Engine.Accessibility;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ClinicalProject.GapAnalysis.AdHoc;

/// <summary>
/// <c>POST /accessibility</c>: floating catchment accessibility of the demand, supply and costs in the request, with
/// the same parameters as stored analyses (configured defaults for what is omitted). Nothing is stored.
/// </summary>
public static class AccessibilityHandlers
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<Results<Ok<AccessibilityResult>, ValidationProblem>> Compute(
        HttpRequest request, IOptions<GapAnalysisOptions> options, CancellationToken cancellationToken)
    {
        var (body, invalid) = await ReadAsync<AdHocRequest>(request, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(invalid!);
        }

        var errors = new Dictionary<string, string[]>();
        if (body.Demand is null) errors["demand"] = ["Required: the demand areas (code, demand, latitude, longitude)."];
        if (body.Supply is null) errors["supply"] = ["Required: the supply sites (id, supply, latitude, longitude)."];
        if (body.TravelTimes is not null && body.SpeedKmPerHour is not null)
        {
            errors["speedKmPerHour"] = ["Give travelTimes or speedKmPerHour (great-circle costs), not both."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var configured = AnalysisParameters.From(options.Value);
        var given = body.Parameters;
        var parameters = new CatchmentParameters(given?.Method ?? configured.Method, given?.CatchmentMinutes ?? configured.CatchmentMinutes)
        {
            GaussianBandwidthMinutes = given?.GaussianBandwidthMinutes ?? configured.GaussianBandwidthMinutes,
            GravityExponent = given?.GravityExponent ?? configured.GravityExponent,
        };
        if (given?.StepWeights is { } steps) parameters = parameters with { StepWeights = steps };
        if (given?.SelectionWeights is { } selection) parameters = parameters with { SelectionWeights = selection };
        if (given?.GravityMinimumMinutes is { } minimum) parameters = parameters with { GravityMinimumMinutes = minimum };
        CostSource cost = body.TravelTimes is { } matrix ? new TravelTimeMatrix(matrix) : new GreatCircleCost(body.SpeedKmPerHour ?? configured.SpeedKmPerHour);
        var refused = FloatingCatchment.Validate(body.Demand!, body.Supply!, cost, parameters);
        if (refused.Count > 0)
        {
            return TypedResults.ValidationProblem(refused.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        return TypedResults.Ok(FloatingCatchment.Compute(body.Demand!, body.Supply!, cost, parameters));
    }

    /// <summary>The JSON body, or the validation problem naming where it is malformed.</summary>
    public static async Task<(T? Body, Dictionary<string, string[]>? Invalid)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, new Dictionary<string, string[]> { ["Content-Type"] = ["application/json is required."] });
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, cancellationToken);
            return body is null ? (null, new Dictionary<string, string[]> { ["body"] = ["A JSON object is required."] }) : (body, null);
        }
        catch (JsonException malformed)
        {
            var path = string.IsNullOrEmpty(malformed.Path) || malformed.Path == "$" ? "body" : malformed.Path.TrimStart('$', '.');
            return (null, new Dictionary<string, string[]> { [path] = [$"Malformed or unexpected JSON: {malformed.Message}"] });
        }
    }
}
