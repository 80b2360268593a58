namespace ClinicalProject.Statistics.Tests;

/// <summary>Relative-tolerance assertions: the issue asks for agreement to 1e-6 relative.</summary>
internal static class Close
{
    public const double Relative = 1e-6;

    public static void Equal(double expected, double actual, double relative = Relative, string? what = null)
    {
        // Zero expectations (a lower limit of 0) are compared absolutely.
        var tolerance = expected == 0 ? 1e-12 : Math.Abs(expected) * relative;
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            $"{what ?? "value"}: expected {expected:R}, got {actual:R} (relative difference {Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), 1e-300):E2}).");
    }

    public static void Interval(Estimate estimate, double value, double lower, double upper, double relative = Relative)
    {
        Equal(value, estimate.Value, relative, "value");
        Equal(lower, estimate.LowerCi, relative, "lower limit");
        Equal(upper, estimate.UpperCi, relative, "upper limit");
    }
}
