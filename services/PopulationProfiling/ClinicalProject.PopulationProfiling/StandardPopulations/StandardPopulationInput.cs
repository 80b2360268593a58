namespace ClinicalProject.PopulationProfiling.StandardPopulations;

/// <summary>
/// The JSON body of <c>PUT /standard-populations/{code}</c>. <c>bands</c> gives each of the 19 bands once
/// (<c>ageBand</c> "0-4" … "90+"); a CSV body gives the same as <c>ageBand,weight</c> rows, or single years
/// as <c>age,weight</c> (summed into bands), with the names in the query string.
/// </summary>
public sealed record StandardPopulationInput(string? NameFr, string? NameEn, IReadOnlyList<StandardPopulationBandDto>? Bands);
