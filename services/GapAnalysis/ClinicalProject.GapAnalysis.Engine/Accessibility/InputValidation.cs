using System.Globalization;

namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>The rules inputs must follow, each broken rule named with its field and row.</summary>
internal static class InputValidation
{
    public static void AddPoints(List<AccessibilityInputError> errors, IReadOnlyList<DemandPoint> demand,
        IReadOnlyList<SupplyPoint> supply, bool needsCoordinates)
    {
        var codes = new Dictionary<string, int>(demand.Count, StringComparer.Ordinal);
        for (var i = 0; i < demand.Count; i++)
        {
            var point = demand[i];
            if (point is null)
            {
                errors.Add(new($"demand[{i}]", "A demand point is required."));
                continue;
            }

            AddKey(errors, codes, point.Code, i, "demand", "code");
            AddAmount(errors, point.Demand, "demand", i, "demand");
            if (needsCoordinates)
            {
                AddCoordinates(errors, point.Latitude, point.Longitude, "demand", i);
            }
        }

        var ids = new Dictionary<string, int>(supply.Count, StringComparer.Ordinal);
        for (var j = 0; j < supply.Count; j++)
        {
            var point = supply[j];
            if (point is null)
            {
                errors.Add(new($"supply[{j}]", "A supply point is required."));
                continue;
            }

            AddKey(errors, ids, point.Id, j, "supply", "id");
            AddAmount(errors, point.Supply, "supply", j, "supply");
            if (needsCoordinates)
            {
                AddCoordinates(errors, point.Latitude, point.Longitude, "supply", j);
            }
        }
    }

    public static void AddAmounts(List<AccessibilityInputError> errors, IReadOnlyList<double> values, int expected,
        string collection, string field)
    {
        if (values.Count != expected)
        {
            errors.Add(new(collection,
                $"{expected} values are required (one per point the network was built with), not {values.Count}."));
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            AddAmount(errors, values[i], collection, i, field);
        }
    }

    public static void AddMaximumMinutes(List<AccessibilityInputError> errors, double minutes, string field)
    {
        if (double.IsNaN(minutes) || minutes <= 0)
        {
            errors.Add(new(field, $"A catchment is a positive number of minutes (or infinity for no limit), not {Format(minutes)}."));
        }
    }

    public static void AddSpeed(List<AccessibilityInputError> errors, double speed)
    {
        if (!double.IsFinite(speed) || speed <= 0)
        {
            errors.Add(new("cost.speedKmPerHour", $"The speed is a finite number of km/h above 0, not {Format(speed)}."));
        }
    }

    public static void AddParameters(List<AccessibilityInputError> errors, CatchmentParameters parameters)
    {
        if (!Enum.IsDefined(parameters.Method))
        {
            errors.Add(new("parameters.method", $"Unknown method {(int)parameters.Method}."));
        }

        AddMaximumMinutes(errors, parameters.CatchmentMinutes, "parameters.catchmentMinutes");
        switch (parameters.Method)
        {
            case CatchmentMethod.EnhancedTwoStep:
                AddSteps(errors, parameters.StepWeights, "parameters.stepWeights");
                break;
            case CatchmentMethod.ThreeStep:
                AddSteps(errors, parameters.SelectionWeights, "parameters.selectionWeights");
                break;
            case CatchmentMethod.Gaussian when !double.IsFinite(parameters.GaussianBandwidthMinutes)
                                              || parameters.GaussianBandwidthMinutes <= 0:
                errors.Add(new("parameters.gaussianBandwidthMinutes",
                    $"The Gaussian bandwidth is a finite number of minutes above 0, not {Format(parameters.GaussianBandwidthMinutes)}."));
                break;
            case CatchmentMethod.Gravity:
                if (!double.IsFinite(parameters.GravityExponent) || parameters.GravityExponent < 0)
                {
                    errors.Add(new("parameters.gravityExponent",
                        $"The gravity exponent β (weight t^−β) is finite and ≥ 0, not {Format(parameters.GravityExponent)}."));
                }

                if (!double.IsFinite(parameters.GravityMinimumMinutes) || parameters.GravityMinimumMinutes <= 0)
                {
                    errors.Add(new("parameters.gravityMinimumMinutes",
                        $"The gravity model's minimum time is finite and above 0, not {Format(parameters.GravityMinimumMinutes)}."));
                }

                break;
        }
    }

    private static void AddSteps(List<AccessibilityInputError> errors, IReadOnlyList<StepWeight>? steps, string field)
    {
        if (steps is null || steps.Count == 0)
        {
            errors.Add(new(field, "At least one band (upToMinutes, weight) is required."));
            return;
        }

        var previous = double.NegativeInfinity;
        for (var k = 0; k < steps.Count; k++)
        {
            var step = steps[k];
            if (step is null)
            {
                errors.Add(new($"{field}[{k}]", "A band is required."));
                continue;
            }

            if (double.IsNaN(step.UpToMinutes) || step.UpToMinutes < 0 || step.UpToMinutes <= previous)
            {
                errors.Add(new($"{field}[{k}].upToMinutes",
                    $"Band bounds are ≥ 0 and strictly increasing; {Format(step.UpToMinutes)} follows {Format(previous)}."));
            }

            if (!double.IsFinite(step.Weight) || step.Weight < 0)
            {
                errors.Add(new($"{field}[{k}].weight", $"A weight is finite and ≥ 0, not {Format(step.Weight)}."));
            }

            previous = step.UpToMinutes;
        }
    }

    private static void AddKey(List<AccessibilityInputError> errors, Dictionary<string, int> seen, string? key,
        int row, string collection, string field)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add(new($"{collection}[{row}].{field}", $"A {field} is required."));
        }
        else if (!seen.TryAdd(key, row))
        {
            errors.Add(new($"{collection}[{row}].{field}",
                $"'{key}' appears twice: already at {collection}[{seen[key]}]; {field}s are unique."));
        }
    }

    // The field's name is formatted only for a broken rule: a Quebec-scale run checks some 40,000 amounts per call.
    private static void AddAmount(List<AccessibilityInputError> errors, double value, string collection, int row,
        string field)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            errors.Add(new($"{collection}[{row}].{field}", $"The amount is a finite number ≥ 0, not {Format(value)}."));
        }
    }

    private static void AddCoordinates(List<AccessibilityInputError> errors, double latitude, double longitude,
        string collection, int index)
    {
        if (!(latitude >= -90 && latitude <= 90))
        {
            errors.Add(new($"{collection}[{index}].latitude", $"A latitude is in degrees between −90 and 90, not {Format(latitude)}."));
        }

        if (!(longitude >= -180 && longitude <= 180))
        {
            errors.Add(new($"{collection}[{index}].longitude", $"A longitude is in degrees between −180 and 180, not {Format(longitude)}."));
        }
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
