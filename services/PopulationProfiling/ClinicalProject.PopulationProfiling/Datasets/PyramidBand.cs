namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>One age band of a pyramid ("0-4" … "90+").</summary>
public sealed record PyramidBand(string AgeBand, PyramidCell Female, PyramidCell Male, PyramidCell Total);
