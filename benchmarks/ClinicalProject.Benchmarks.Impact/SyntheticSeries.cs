using System.Runtime.InteropServices;
using MathNet.Numerics.Distributions;

namespace ClinicalProject.Benchmarks.Impact;

/// <summary>
/// Monthly series of a territory indicator (synthetic, fixed seed): person-months of exposure around 5,000 to
/// 20,000, a rate per 1,000 with a baseline trend, a level and slope change at the intervention and AR(1)
/// noise, and Poisson counts. <see cref="Rates"/> (per 1,000) feed the ITS, counts over exposures the u chart.
/// </summary>
public sealed class SyntheticSeries
{
    private SyntheticSeries(int series, int points, int intervention)
    {
        Series = series;
        Points = points;
        Intervention = intervention;
        Rates = new double[series * points];
        Counts = new double[series * points];
        Exposures = new double[series * points];
    }

    public int Series { get; }

    public int Points { get; }

    public int Intervention { get; }

    public double[] Rates { get; }

    public double[] Counts { get; }

    public double[] Exposures { get; }

    public static SyntheticSeries Generate(int series, int points, int intervention, int seed)
    {
        var data = new SyntheticSeries(series, points, intervention);
        var random = new Random(seed);
        for (var s = 0; s < series; s++)
        {
            var baseRate = 2 + 4 * random.NextDouble();
            var trend = (random.NextDouble() - 0.5) * 0.02;
            var level = (random.NextDouble() - 0.6) * 0.3;
            var slope = (random.NextDouble() - 0.5) * 0.01;
            var exposure = 5000 + 15000 * random.NextDouble();
            var noise = 0.0;
            for (var t = 0; t < points; t++)
            {
                noise = 0.5 * noise + Normal.Sample(random, 0, 0.04);
                var after = t >= intervention;
                var logRate = Math.Log(baseRate) + trend * t + (after ? level + slope * (t - intervention) : 0) + noise;
                var i = s * points + t;
                data.Exposures[i] = Math.Round(exposure * (0.95 + 0.1 * random.NextDouble()));
                data.Counts[i] = Poisson.Sample(random, Math.Exp(logRate) * data.Exposures[i] / 1000);
                data.Rates[i] = data.Counts[i] / data.Exposures[i] * 1000;
            }
        }

        return data;
    }

    /// <summary>Writes rates.f64, counts.f64 and exposures.f64 (float64 little-endian, series-major) for Python.</summary>
    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "rates.f64"), MemoryMarshal.AsBytes(Rates.AsSpan()).ToArray());
        File.WriteAllBytes(Path.Combine(directory, "counts.f64"), MemoryMarshal.AsBytes(Counts.AsSpan()).ToArray());
        File.WriteAllBytes(Path.Combine(directory, "exposures.f64"), MemoryMarshal.AsBytes(Exposures.AsSpan()).ToArray());
    }

    /// <summary>Reads a float64 file written by Python.</summary>
    public static double[] ReadDoubles(string path) => MemoryMarshal.Cast<byte, double>(File.ReadAllBytes(path)).ToArray();
}
