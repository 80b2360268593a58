namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>A column a CSV import knows: its canonical name, whether it must be there, and the other headers accepted for it.</summary>
public sealed record CsvColumn(string Name, bool Required, params string[] Aliases);
