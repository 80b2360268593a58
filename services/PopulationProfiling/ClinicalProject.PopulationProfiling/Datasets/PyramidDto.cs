namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>
/// A territory's age-sex pyramid for one period of a population or projection dataset, rolled up from the
/// dataset's base level and small-cell suppressed (a withheld cell has no count; see its suppression status).
/// </summary>
public sealed record PyramidDto(
    DatasetKind Kind,
    string Dataset,
    string Territory,
    string Level,
    int Period,
    PyramidCell Total,
    PyramidCell Female,
    PyramidCell Male,
    IReadOnlyList<PyramidBand> Bands);
