namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>Equality to 1e-9 relative: the service's figures against independently computed ones.</summary>
public static class Close
{
    public static void Equal(double expected, double actual, double relative = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)), $"Expected {expected:R}, got {actual:R}.");
}
