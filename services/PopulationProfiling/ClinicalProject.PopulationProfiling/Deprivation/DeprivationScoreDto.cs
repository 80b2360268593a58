namespace ClinicalProject.PopulationProfiling.Deprivation;

/// <summary>One DA's deprivation scores and quintiles (1 least deprived … 5 most deprived).</summary>
public sealed record DeprivationScoreDto(string DaCode, double? MaterialScore, double? SocialScore, int MaterialQuintile, int SocialQuintile);
