namespace ClinicalProject.PopulationProfiling.Deprivation;

/// <summary>One DA's scores and quintiles (1 least deprived … 5 most deprived) in an index edition.</summary>
public sealed class DeprivationScore
{
    public required string IndexVersion { get; init; }

    public required string DaCode { get; init; }

    /// <summary>The material factor score (principal component), when published.</summary>
    public double? MaterialScore { get; init; }

    public double? SocialScore { get; init; }

    public byte MaterialQuintile { get; init; }

    public byte SocialQuintile { get; init; }
}
