namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// The (area, site, minutes) pairs within a maximum catchment, found once and reused for every method, program and
/// what-if on the same points: build it with <see cref="Build"/>, then <see cref="Compute(CatchmentParameters)"/>
/// with the points' own demand and supply, or with other amounts for the same points (another program, a
/// scenario's capacities). Immutable and safe to share between threads.
/// </summary>
public sealed class CatchmentNetwork
{
    private readonly ReachChunk[] _chunks;
    private readonly double[] _demand;
    private readonly double[] _supply;
    private readonly (int[] SitesInReach, int[] AreasInReach, long Pairs) _ownCounts;

    private CatchmentNetwork(IReadOnlyList<DemandPoint> areas, IReadOnlyList<SupplyPoint> sites,
        double maximumMinutes, ReachChunk[] chunks)
    {
        Areas = areas;
        Sites = sites;
        MaximumMinutes = maximumMinutes;
        _chunks = chunks;
        _demand = areas.Select(a => a.Demand).ToArray();
        _supply = sites.Select(s => s.Supply).ToArray();
        PairCount = chunks.Sum(c => (long)c.PairCount);
        _ownCounts = CatchmentKernel.Count(chunks, areas.Count, sites.Count, double.PositiveInfinity);
    }

    /// <summary>The demand points, in the order given.</summary>
    public IReadOnlyList<DemandPoint> Areas { get; }

    /// <summary>The supply points, in the order given.</summary>
    public IReadOnlyList<SupplyPoint> Sites { get; }

    /// <summary>The largest catchment the network can answer for (minutes, inclusive).</summary>
    public double MaximumMinutes { get; }

    /// <summary>How many (area, site) pairs lie within <see cref="MaximumMinutes"/>.</summary>
    public long PairCount { get; }

    /// <summary>
    /// Finds every pair within <paramref name="maximumMinutes"/> (inclusive; +∞ for every pair the cost source
    /// knows). Throws <see cref="AccessibilityInputException"/> naming every bad field and row.
    /// </summary>
    public static CatchmentNetwork Build(IReadOnlyList<DemandPoint> demand, IReadOnlyList<SupplyPoint> supply,
        CostSource cost, double maximumMinutes = CatchmentParameters.DefaultCatchmentMinutes)
    {
        var errors = Validate(demand, supply, cost, maximumMinutes);
        if (errors.Count > 0)
        {
            throw new AccessibilityInputException(errors);
        }

        var chunks = cost switch
        {
            GreatCircleCost greatCircle => GreatCircleReach.Build(demand, supply, greatCircle.SpeedKmPerHour, maximumMinutes),
            TravelTimeMatrix matrix => MatrixReach.Build(matrix, demand, supply, maximumMinutes),
            _ => throw new ArgumentOutOfRangeException(nameof(cost), cost, "Unknown cost source."),
        };
        return new CatchmentNetwork(demand, supply, maximumMinutes, chunks);
    }

    /// <summary>Every problem <see cref="Build"/> would refuse, without building anything.</summary>
    public static IReadOnlyList<AccessibilityInputError> Validate(IReadOnlyList<DemandPoint> demand,
        IReadOnlyList<SupplyPoint> supply, CostSource cost, double maximumMinutes)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(supply);
        var errors = new List<AccessibilityInputError>();
        switch (cost)
        {
            case null:
                errors.Add(new("cost", "A cost source is required: a speed for great-circle times, or a travel-time matrix."));
                InputValidation.AddPoints(errors, demand, supply, needsCoordinates: false);
                break;
            case GreatCircleCost greatCircle:
                InputValidation.AddPoints(errors, demand, supply, needsCoordinates: true);
                InputValidation.AddSpeed(errors, greatCircle.SpeedKmPerHour);
                break;
            case TravelTimeMatrix matrix:
                InputValidation.AddPoints(errors, demand, supply, needsCoordinates: false);
                MatrixReach.AddErrors(errors, matrix, demand, supply);
                break;
        }

        InputValidation.AddMaximumMinutes(errors, maximumMinutes, "maximumMinutes");
        return errors;
    }

    /// <summary>Accessibility with the points' own demand and supply.</summary>
    public AccessibilityResult Compute(CatchmentParameters parameters) => Compute(parameters, _demand, _supply);

    /// <summary>
    /// Accessibility with other amounts for the same points (one per area and one per site, in the order the
    /// network was built with): another program, need-weighted demand, a scenario's capacities.
    /// </summary>
    public AccessibilityResult Compute(CatchmentParameters parameters, IReadOnlyList<double> demand,
        IReadOnlyList<double> supply)
    {
        ArgumentNullException.ThrowIfNull(supply);
        return ComputeEachSupply(parameters, demand, [supply])[0];
    }

    /// <summary>
    /// Accessibility of several supply types (programs, capacity kinds) facing the same demand, in one pass:
    /// step 1 (the weighted demand of each site) depends on demand only and is shared. One result per supply list,
    /// in order; each list has one amount per site. Errors name <c>supplies[k][j].supply</c>.
    /// </summary>
    public IReadOnlyList<AccessibilityResult> ComputeEachSupply(CatchmentParameters parameters,
        IReadOnlyList<double> demand, IReadOnlyList<IReadOnlyList<double>> supplies)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(supplies);
        var errors = new List<AccessibilityInputError>();
        InputValidation.AddParameters(errors, parameters);
        if (parameters.CatchmentMinutes > MaximumMinutes)
        {
            errors.Add(new("parameters.catchmentMinutes",
                $"The catchment ({InputValidation.Format(parameters.CatchmentMinutes)} min) exceeds the {InputValidation.Format(MaximumMinutes)} min the network was built for."));
        }

        if (!ReferenceEquals(demand, _demand))
        {
            InputValidation.AddAmounts(errors, demand, Areas.Count, "demand", "demand");
        }

        for (var k = 0; k < supplies.Count; k++)
        {
            if (supplies[k] is null)
            {
                errors.Add(new($"supplies[{k}]", "A supply list is required."));
            }
            else if (!ReferenceEquals(supplies[k], _supply))
            {
                InputValidation.AddAmounts(errors, supplies[k], Sites.Count,
                    supplies.Count == 1 ? "supply" : $"supplies[{k}]", "supply");
            }
        }

        if (errors.Count > 0)
        {
            throw new AccessibilityInputException(errors);
        }

        var demandValues = demand as double[] ?? demand.ToArray();
        var supplyValues = supplies.Select(s => s as double[] ?? s.ToArray()).ToArray();
        var everyPairWithin = parameters.CatchmentMinutes >= MaximumMinutes;
        var output = CatchmentKernel.Run(_chunks, Areas.Count, Sites.Count, demandValues, supplyValues, parameters,
            everyPairWithin);
        var counts = everyPairWithin
            ? _ownCounts
            : CatchmentKernel.Count(_chunks, Areas.Count, Sites.Count, parameters.CatchmentMinutes);
        return supplyValues.Select((supply, k) => Assemble(parameters, demandValues, supply, output, counts, k)).ToArray();
    }

    private AccessibilityResult Assemble(CatchmentParameters parameters, double[] demand, double[] supply,
        CatchmentKernel.Output output, (int[] SitesInReach, int[] AreasInReach, long Pairs) counts, int supplyIndex)
    {
        var areas = new AreaAccess[Areas.Count];
        double totalDemand = 0, weightedAccess = 0;
        for (var i = 0; i < areas.Length; i++)
        {
            areas[i] = new AreaAccess(Areas[i].Code, demand[i], output.Access[supplyIndex][i], counts.SitesInReach[i] > 0,
                counts.SitesInReach[i]);
            totalDemand += demand[i];
            weightedAccess += demand[i] * output.Access[supplyIndex][i];
        }

        var sites = new SiteRatio[Sites.Count];
        double totalSupply = 0, supplyReached = 0;
        for (var j = 0; j < sites.Length; j++)
        {
            var reached = output.WeightedDemand[j] > 0;
            sites[j] = new SiteRatio(Sites[j].Id, supply[j], output.WeightedDemand[j], output.Ratio[supplyIndex][j], reached,
                counts.AreasInReach[j]);
            totalSupply += supply[j];
            supplyReached += reached ? supply[j] : 0;
        }

        return new AccessibilityResult(parameters, areas, sites, totalDemand, totalSupply, supplyReached,
            weightedAccess, counts.Pairs);
    }
}
