namespace ClinicalProject.PopulationProfiling.StandardPopulations;

/// <summary>One age band of a standard population ("0-4" … "90+") and its weight.</summary>
public sealed record StandardPopulationBandDto(string AgeBand, double Weight);
