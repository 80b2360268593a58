namespace ClinicalProject.Statistics.Evaluation;

/// <summary>Coefficients, their covariance (k × k row-major) and the fit's sums of squares.</summary>
internal readonly record struct LeastSquaresFit(double[] Beta, double[] Covariance, double ResidualSumOfSquares,
    double TotalSumOfSquares, bool ExactFit, CovarianceEstimator Estimator)
{
    public double Variance(int coefficient) => Covariance[coefficient * Beta.Length + coefficient];

    public double CombinationVariance(ReadOnlySpan<double> contrast) =>
        LeastSquaresDesign.Combination(Covariance, contrast, Beta.Length);

    public double Combination(ReadOnlySpan<double> contrast)
    {
        var sum = 0.0;
        for (var i = 0; i < Beta.Length; i++)
        {
            sum += contrast[i] * Beta[i];
        }

        return sum;
    }
}
