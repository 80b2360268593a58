using ClinicalProject.Statistics.Evaluation;
using MathNet.Numerics.Distributions;

namespace ClinicalProject.Statistics.Tests.Evaluation;

/// <summary>
/// The cached-constant t tail against MathNet's StudentT.CDF (an independent implementation of the same
/// integral) over degrees of freedom 1 to 500 and statistics from 0 to 40, including p-values down to 1e-300;
/// and the closed forms for 1 and 2 degrees of freedom near 0, where MathNet rounds the tail to exactly 1.
/// </summary>
public sealed class StudentTTailTests
{
    public static TheoryData<double> DegreesOfFreedom => [1, 2, 3, 5, 8, 13, 20, 44, 56, 57, 120, 500];

    [Theory]
    [MemberData(nameof(DegreesOfFreedom))]
    public void Two_sided_tails_match_mathnet(double df)
    {
        var tail = new StudentTTail(df);
        foreach (var t in new[] { 0, 0.01, 0.3, 1, 1.7, 2, 2.5, 3, 4.2, 6, 9, 15, 25, 40 })
        {
            var expected = 2 * StudentT.CDF(0, 1, df, -t);
            if (expected < 1e-300)
            {
                continue;
            }

            Close.Equal(expected, tail.TwoSided(t), 1e-11, $"P(|T| ≥ {t}) with {df} df");
            Close.Equal(expected, tail.TwoSided(-t), 1e-11, $"P(|T| ≥ {-t}) with {df} df");
        }
    }

    [Theory]
    [InlineData(1e-8)]
    [InlineData(0.5)]
    [InlineData(7)]
    [InlineData(1e5)]
    public void Closed_forms_for_one_and_two_degrees_of_freedom(double t)
    {
        // Cauchy: P(|T| ≥ t) = 1 − (2/π) atan t = (2/π) atan(1/t); two degrees of freedom: 1 − t/√(2 + t²)
        // = 2/(√(2 + t²)(√(2 + t²) + t)). The second forms avoid subtracting from 1.
        var root = Math.Sqrt(2 + t * t);
        Close.Equal(2 / Math.PI * Math.Atan(1 / t), new StudentTTail(1).TwoSided(t), 1e-12, "1 df");
        Close.Equal(2 / (root * (root + t)), new StudentTTail(2).TwoSided(t), 1e-12, "2 df");
    }
}
