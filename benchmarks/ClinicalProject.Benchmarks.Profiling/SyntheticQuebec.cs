using System.Globalization;
using System.Text;

namespace ClinicalProject.Benchmarks.Profiling;

/// <summary>
/// A synthetic Quebec-scale dataset, written to files: a hierarchy (province, 18 regions, 18 RTS, 93 RLS,
/// 166 CLSC, 13,600 DAs), population estimates (13,600 DAs × 5 years × 19 age bands × 2 sexes) and 10 million
/// record-level events over 30 indicators. Deterministic (fixed seed): every run reads the same files.
/// Nothing here is real data; the codes are invented (regions 01–18 aside).
/// </summary>
public static class SyntheticQuebec
{
    public const int Regions = 18;
    public const int RlsCount = 93;
    public const int ClscCount = 166;
    public const int DaCount = 13_600;
    public const int IndicatorCount = 30;
    public const int FirstYear = 2019;
    public const int Years = 5;
    public const int Bands = 19;

    public static string Indicator(int i) => $"bench-{i + 1:00}";

    /// <summary>Writes hierarchy.csv, population.csv and events.csv to <paramref name="directory"/> unless present.</summary>
    public static void Generate(string directory, long events)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(20261127);
        var (das, parents) = WriteHierarchy(Path.Combine(directory, "hierarchy.csv"));
        var population = WritePopulation(Path.Combine(directory, "population.csv"), das, random);
        WriteEvents(Path.Combine(directory, "events.csv"), das, population, events, random);
        _ = parents;
    }

    private static (string[] Das, Dictionary<string, string> Parents) WriteHierarchy(string path)
    {
        var parents = new Dictionary<string, string>();
        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        file.WriteLine("code,level,parentCode,nameFr,nameEn");
        file.WriteLine("99,province,,Québec,Quebec");
        var rls = new List<string>();
        for (var r = 1; r <= Regions; r++)
        {
            var region = r.ToString("00", CultureInfo.InvariantCulture);
            file.WriteLine($"{region},region,99,Région {region},Region {region}");
            file.WriteLine($"{region}1,rts,{region},RTS {region}1,RTS {region}1");
        }

        for (var i = 0; i < RlsCount; i++)
        {
            var region = ((i % Regions) + 1).ToString("00", CultureInfo.InvariantCulture);
            var code = $"{region}1{(i / Regions) + 1}";
            rls.Add(code);
            file.WriteLine($"{code},rls,{region}1,RLS {code},LSN {code}");
        }

        var clscs = new List<string>();
        for (var i = 0; i < ClscCount; i++)
        {
            var parent = rls[i % RlsCount];
            var code = $"{parent}{(i / RlsCount) + 1}";
            clscs.Add(code);
            file.WriteLine($"{code},clsc,{parent},CLSC {code},CLSC {code}");
        }

        var das = new string[DaCount];
        for (var i = 0; i < DaCount; i++)
        {
            var parent = clscs[i % ClscCount];
            das[i] = $"S{i + 1:0000000}";
            parents[das[i]] = parent;
            file.WriteLine($"{das[i]},da,{parent},AD synthétique {i + 1},Synthetic DA {i + 1}");
        }

        return (das, parents);
    }

    /// <summary>Returns the population [da, year, band, sex] for drawing events in proportion to it.</summary>
    private static int[] WritePopulation(string path, string[] das, Random random)
    {
        // A plausible age profile (share per band), older bands thinner.
        double[] profile = [5.0, 5.4, 5.5, 5.3, 5.9, 6.2, 6.5, 6.6, 6.4, 6.2, 6.6, 7.3, 7.2, 6.3, 5.1, 3.6, 2.4, 1.4, 0.9];
        var total = profile.Sum();
        var population = new int[das.Length * Years * Bands * 2];
        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        file.WriteLine("territory,period,ageBand,sex,count");
        for (var d = 0; d < das.Length; d++)
        {
            var size = 400 + random.Next(400);
            for (var y = 0; y < Years; y++)
            {
                var grown = size * (1 + (0.01 * y));
                for (var b = 0; b < Bands; b++)
                {
                    for (var s = 0; s < 2; s++)
                    {
                        var count = (int)Math.Round(grown * profile[b] / total / 2 * (0.8 + (0.4 * random.NextDouble())));
                        population[(((d * Years) + y) * Bands * 2) + (b * 2) + s] = count;
                        file.Write(das[d]);
                        file.Write(',');
                        file.Write(FirstYear + y);
                        file.Write(',');
                        file.Write(Label(b));
                        file.Write(s == 0 ? ",F," : ",M,");
                        file.WriteLine(count);
                    }
                }
            }
        }

        return population;
    }

    private static void WriteEvents(string path, string[] das, int[] population, long events, Random random)
    {
        // Draw (DA, year, band, sex) in proportion to the population: cumulative counts and a binary search.
        var cumulative = new long[population.Length];
        long running = 0;
        for (var i = 0; i < population.Length; i++)
        {
            running += population[i];
            cumulative[i] = running;
        }

        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        file.WriteLine("da,date,age,sex,indicator");
        Span<char> line = stackalloc char[64];
        for (long e = 0; e < events; e++)
        {
            var draw = random.NextInt64(running);
            var cell = Array.BinarySearch(cumulative, draw + 1);
            if (cell < 0)
            {
                cell = ~cell;
            }

            var sex = cell % 2;
            var band = cell / 2 % Bands;
            var year = cell / (2 * Bands) % Years;
            var da = cell / (2 * Bands * Years);
            var age = band == Bands - 1 ? 90 + random.Next(11) : (band * 5) + random.Next(5);
            var day = new DateOnly(FirstYear + year, 1, 1).AddDays(random.Next(365));
            // Indicators of very different frequency, as real ones are (the most frequent has about 12 % of the events, the rarest 2 %).
            var indicator = (int)(IndicatorCount * Math.Pow(random.NextDouble(), 1.6));
            file.Write(das[da]);
            file.Write(',');
            day.TryFormat(line, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            file.Write(line[..written]);
            file.Write(',');
            file.Write(age);
            file.Write(sex == 0 ? ",F," : ",M,");
            file.WriteLine(Indicator(indicator));
        }
    }

    private static string Label(int band) => band == Bands - 1 ? "90+" : $"{band * 5}-{(band * 5) + 4}";
}
