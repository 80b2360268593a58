namespace ClinicalProject.GapAnalysis.Engine.Tests;

/// <summary>Relative comparison for deterministic figures (1e-9 unless said otherwise).</summary>
internal static class Close
{
    public static void Equal(double expected, double actual, double relative = 1e-9, string? what = null)
    {
        var scale = Math.Max(Math.Abs(expected), Math.Abs(actual));
        var ok = expected == actual || Math.Abs(expected - actual) <= relative * scale;
        Assert.True(ok, $"{what ?? "value"}: expected {expected:R}, got {actual:R} (relative tolerance {relative:G2}).");
    }
}
