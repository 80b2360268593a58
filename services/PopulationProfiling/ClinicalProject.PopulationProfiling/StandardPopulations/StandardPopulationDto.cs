namespace ClinicalProject.PopulationProfiling.StandardPopulations;

/// <summary>A standard population as the API returns it.</summary>
/// <param name="Bands">One weight per age band, 0–4 first, 90+ last.</param>
public sealed record StandardPopulationDto(
    string Code,
    string NameFr,
    string NameEn,
    bool BuiltIn,
    double TotalWeight,
    IReadOnlyList<StandardPopulationBandDto> Bands,
    DateTimeOffset UpdatedAt)
{
    public static StandardPopulationDto From(StandardPopulationRecord population)
    {
        var weights = StandardPopulationCatalogue.ParseWeights(population.Weights);
        return new(population.Code, population.NameFr, population.NameEn, population.BuiltIn, weights.Sum(),
            weights.Select((weight, band) => new StandardPopulationBandDto(Common.AgeBands.Label(band), weight)).ToArray(),
            new DateTimeOffset(DateTime.SpecifyKind(population.UpdatedAtUtc, DateTimeKind.Utc)));
    }
}
