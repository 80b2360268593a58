using System.Globalization;
using System.Text;

namespace ClinicalProject.Benchmarks.GapAnalysis;

/// <summary>
/// A synthetic Quebec-scale accessibility case: 13,600 areas (dissemination areas of 400–700 people) and 5,000
/// sites over Quebec's populated south, clustered as its population is (about half around Montreal, a tenth around
/// Quebec City, then the regional cities, and a rural share spread around them), with three programs' capacities
/// per site (a site offers a program with probability 0.7, 0.4, 0.3). Deterministic (fixed seed). Invented data.
/// </summary>
public static class SyntheticAccessCase
{
    public const int AreaCount = 13_600;
    public const int SiteCount = 5_000;
    public const int Programs = 3;
    public const int Seed = 20_261_129;

    private const double KmPerDegree = 6371.0088 * Math.PI / 180;

    // (name, latitude, longitude, share of the population, spread σ in km): approximate 2021 census shares.
    private static readonly (string Name, double Latitude, double Longitude, double Share, double SpreadKm)[] Cities =
    [
        ("Montréal", 45.508, -73.587, 0.505, 14), ("Québec", 46.813, -71.208, 0.099, 9),
        ("Gatineau", 45.477, -75.701, 0.040, 7), ("Sherbrooke", 45.404, -71.893, 0.027, 5),
        ("Saguenay", 48.428, -71.068, 0.019, 6), ("Trois-Rivières", 46.343, -72.543, 0.019, 5),
        ("Saint-Jean-sur-Richelieu", 45.307, -73.262, 0.013, 4), ("Drummondville", 45.883, -72.485, 0.012, 4),
        ("Granby", 45.400, -72.733, 0.011, 4), ("Saint-Hyacinthe", 45.631, -72.957, 0.007, 3),
        ("Shawinigan", 46.567, -72.750, 0.006, 4), ("Rimouski", 48.449, -68.524, 0.006, 4),
        ("Victoriaville", 46.057, -71.965, 0.006, 3), ("Joliette", 46.021, -73.441, 0.006, 3),
        ("Salaberry-de-Valleyfield", 45.255, -74.130, 0.005, 3), ("Sorel-Tracy", 46.039, -73.114, 0.005, 3),
        ("Rouyn-Noranda", 48.239, -79.019, 0.005, 4), ("Saint-Georges", 46.118, -70.669, 0.004, 3),
        ("Alma", 48.550, -71.650, 0.004, 3), ("Val-d'Or", 48.097, -77.783, 0.004, 3),
        ("Thetford Mines", 46.093, -71.306, 0.003, 3), ("Rivière-du-Loup", 47.836, -69.536, 0.003, 3),
        ("Sept-Îles", 50.212, -66.376, 0.003, 3), ("Baie-Comeau", 49.221, -68.150, 0.003, 3),
        ("Mont-Laurier", 46.552, -75.499, 0.002, 3), ("Saint-Jérôme", 45.780, -74.004, 0.009, 4),
        ("Magog", 45.267, -72.150, 0.003, 3), ("Lachute", 45.652, -74.338, 0.002, 3),
    ];

    private const double RuralShareOfAreas = 0.18;
    private const double RuralShareOfSites = 0.25;
    private const double RuralSpreadKm = 30;
    private static readonly double[] OfferProbability = [0.7, 0.4, 0.3];

    /// <summary>Writes areas.csv and sites.csv to <paramref name="directory"/>.</summary>
    public static void Generate(string directory)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(Seed);
        var invariant = CultureInfo.InvariantCulture;
        using (var areas = new StreamWriter(Path.Combine(directory, "areas.csv"), false, new UTF8Encoding(false)))
        {
            areas.WriteLine("code,latitude,longitude,demand");
            for (var i = 0; i < AreaCount; i++)
            {
                var (latitude, longitude) = Place(random, RuralShareOfAreas);
                areas.WriteLine(string.Create(invariant, $"DA{i:00000},{latitude:F6},{longitude:F6},{400 + random.Next(301)}"));
            }
        }

        using var sites = new StreamWriter(Path.Combine(directory, "sites.csv"), false, new UTF8Encoding(false));
        sites.WriteLine("id,latitude,longitude,supply_1,supply_2,supply_3");
        for (var j = 0; j < SiteCount; j++)
        {
            var (latitude, longitude) = Place(random, RuralShareOfSites);
            var supply = new double[Programs];
            for (var k = 0; k < Programs; k++)
            {
                // Capacity in FTE: log-normal around 2, to two decimals, when the site offers the program.
                supply[k] = random.NextDouble() < OfferProbability[k]
                    ? Math.Round(Math.Exp(Math.Log(2) + 0.6 * Normal(random)), 2)
                    : 0;
            }

            sites.WriteLine(string.Create(invariant,
                $"S{j:0000},{latitude:F6},{longitude:F6},{supply[0]:0.##},{supply[1]:0.##},{supply[2]:0.##}"));
        }
    }

    private static (double Latitude, double Longitude) Place(Random random, double ruralShare)
    {
        var rural = random.NextDouble() < ruralShare;
        var city = rural ? PickCity(random, c => Math.Sqrt(c.Share)) : PickCity(random, c => c.Share);
        var spread = rural ? RuralSpreadKm : city.SpreadKm;
        var north = Normal(random) * spread;
        var east = Normal(random) * spread;
        var latitude = city.Latitude + north / KmPerDegree;
        var longitude = city.Longitude + east / (KmPerDegree * Math.Cos(latitude * Math.PI / 180));
        return (latitude, longitude);
    }

    private static (string Name, double Latitude, double Longitude, double Share, double SpreadKm) PickCity(
        Random random, Func<(string Name, double Latitude, double Longitude, double Share, double SpreadKm), double> weight)
    {
        var total = Cities.Sum(weight);
        var target = random.NextDouble() * total;
        foreach (var city in Cities)
        {
            target -= weight(city);
            if (target <= 0)
            {
                return city;
            }
        }

        return Cities[^1];
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
