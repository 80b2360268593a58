namespace ClinicalProject.PopulationProfiling.Deprivation;

/// <summary>One DA of a deprivation file, validated.</summary>
public sealed record DeprivationRow(string DaCode, double? MaterialScore, double? SocialScore, byte MaterialQuintile, byte SocialQuintile);
