namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Need-weighted demand (Ngui &amp; Apparicio 2011): an area's expected users = Σ over its strata of population ×
/// the stratum's use rate, used as <see cref="DemandPoint.Demand"/> instead of the head count.
/// </summary>
public static class NeedWeightedDemand
{
    /// <summary>
    /// Expected users per area, in order of each area's first appearance in <paramref name="populations"/>.
    /// Throws <see cref="AccessibilityInputException"/> for a missing or negative population or rate, a stratum
    /// without a rate, a stratum rated twice, or an (area, stratum) given twice.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, double>> ExpectedUsers(
        IReadOnlyList<StratumPopulation> populations, IReadOnlyList<UseRate> rates)
    {
        ArgumentNullException.ThrowIfNull(populations);
        ArgumentNullException.ThrowIfNull(rates);
        var errors = new List<AccessibilityInputError>();
        var rateOf = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var r = 0; r < rates.Count; r++)
        {
            var rate = rates[r];
            if (rate?.Stratum is null)
            {
                errors.Add(new($"useRates[{r}].stratum", "A stratum is required."));
            }
            else if (!rateOf.TryAdd(rate.Stratum, rate.UsersPerPerson))
            {
                errors.Add(new($"useRates[{r}].stratum", $"Stratum '{rate.Stratum}' has two rates."));
            }
            else if (!double.IsFinite(rate.UsersPerPerson) || rate.UsersPerPerson < 0)
            {
                errors.Add(new($"useRates[{r}].usersPerPerson",
                    $"A use rate is finite and ≥ 0, not {InputValidation.Format(rate.UsersPerPerson)}."));
            }
        }

        var users = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < populations.Count; i++)
        {
            var row = populations[i];
            if (row?.AreaCode is null || row.Stratum is null)
            {
                errors.Add(new($"populations[{i}]", "An area code and a stratum are required."));
                continue;
            }

            if (!double.IsFinite(row.Population) || row.Population < 0)
            {
                errors.Add(new($"populations[{i}].population",
                    $"A population is finite and ≥ 0, not {InputValidation.Format(row.Population)}."));
                continue;
            }

            if (!seen.Add((row.AreaCode, row.Stratum)))
            {
                errors.Add(new($"populations[{i}]", $"Area '{row.AreaCode}' has stratum '{row.Stratum}' twice."));
                continue;
            }

            if (!rateOf.TryGetValue(row.Stratum, out var rate))
            {
                errors.Add(new($"populations[{i}].stratum", $"Stratum '{row.Stratum}' has no use rate."));
                continue;
            }

            if (users.TryAdd(row.AreaCode, 0))
            {
                order.Add(row.AreaCode);
            }

            users[row.AreaCode] += row.Population * rate;
        }

        if (errors.Count > 0)
        {
            throw new AccessibilityInputException(errors);
        }

        return order.Select(code => KeyValuePair.Create(code, users[code])).ToArray();
    }
}
