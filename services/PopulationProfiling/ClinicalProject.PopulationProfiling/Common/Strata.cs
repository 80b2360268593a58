namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>
/// The layout of a dense age-sex block: <see cref="AgeBands.Count"/> × 2 cells per territory, age band major,
/// female then male, so a territory's stratum is <c>territory * PerTerritory + band * 2 + sex</c>.
/// </summary>
public static class Strata
{
    public const int Sexes = 2;
    public const int PerTerritory = AgeBands.Count * Sexes;

    public static int Index(int territory, int band, Sex sex) => (territory * PerTerritory) + (band * Sexes) + (int)sex;
}
