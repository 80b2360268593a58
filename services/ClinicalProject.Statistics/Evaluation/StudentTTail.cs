using MathNet.Numerics;

namespace ClinicalProject.Statistics.Evaluation;

/// <summary>
/// Two-sided p-values of Student's t with fixed degrees of freedom ν, P(|T| ≥ |t|) = I_x(ν/2, 1/2) with
/// x = ν/(ν + t²), by the continued fraction of the regularised incomplete beta (modified Lentz; Press et al.,
/// Numerical Recipes §6.4) with the log-beta constant computed once per ν. The same mathematics as MathNet's
/// StudentT.CDF, without its three log-gamma evaluations per call: every series of a benchmark or of a plan's
/// indicators shares ν. Small tails are summed directly, never as 1 − (something near 1).
/// </summary>
internal sealed class StudentTTail
{
    private const int MaximumIterations = 500;
    private const double Converged = 1e-15;
    private const double Tiny = 1e-300;

    private readonly double _a;
    private readonly double _logFront;
    private readonly double _switch;

    public StudentTTail(double degreesOfFreedom)
    {
        DegreesOfFreedom = degreesOfFreedom;
        _a = degreesOfFreedom / 2;
        _logFront = SpecialFunctions.GammaLn(_a + 0.5) - SpecialFunctions.GammaLn(_a) - SpecialFunctions.GammaLn(0.5);
        _switch = (_a + 1) / (_a + 2.5);
    }

    public double DegreesOfFreedom { get; }

    /// <summary>P(|T| ≥ |t|).</summary>
    public double TwoSided(double t)
    {
        var nu = DegreesOfFreedom;
        var t2 = t * t;
        var x = nu / (nu + t2);
        var complement = t2 / (nu + t2);
        if (complement == 0)
        {
            return 1;
        }

        var front = Math.Exp(_logFront + _a * Math.Log(x) + 0.5 * Math.Log(complement));
        return x < _switch
            ? front * ContinuedFraction(_a, 0.5, x) / _a
            : 1 - front * ContinuedFraction(0.5, _a, complement) / 0.5;
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        double sum = a + b, up = a + 1, down = a - 1;
        var c = 1.0;
        var d = Guard(1 - sum * x / up);
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaximumIterations; m++)
        {
            var m2 = 2 * m;
            var even = m * (b - m) * x / ((down + m2) * (a + m2));
            d = 1 / Guard(1 + even * d);
            c = Guard(1 + even / c);
            h *= d * c;
            var odd = -(a + m) * (sum + m) * x / ((a + m2) * (up + m2));
            d = 1 / Guard(1 + odd * d);
            c = Guard(1 + odd / c);
            var step = d * c;
            h *= step;
            if (Math.Abs(step - 1) < Converged)
            {
                return h;
            }
        }

        throw new ArithmeticException($"The incomplete beta continued fraction did not converge (a = {a}, b = {b}, x = {x}).");
    }

    private static double Guard(double value) => Math.Abs(value) < Tiny ? Tiny : value;
}
