using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sylvan.Data.Csv;

namespace ClinicalProject.DemoLoader;

/// <summary>
/// The MSSS extract in population profiling's dataset layout: the RLS rows, code → territory, year → period,
/// population → count, sex and single year of age as they are (see services/PopulationProfiling/README.md).
/// </summary>
public static class MsssPopulation
{
    public sealed record Tables(string Estimates, string Projections);

    public static async Task<Tables> ReadRlsAsync(string path, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var text = new StreamReader(gzip, Encoding.UTF8);
        await using var csv = await CsvDataReader.CreateAsync(text);
        var estimates = new StringBuilder("territory,period,age,sex,count\n");
        var projections = new StringBuilder("territory,period,age,sex,count\n");
        int level = csv.GetOrdinal("level"), code = csv.GetOrdinal("code"), year = csv.GetOrdinal("year"), kind = csv.GetOrdinal("kind"),
            sex = csv.GetOrdinal("sex"), age = csv.GetOrdinal("age"), population = csv.GetOrdinal("population");
        while (await csv.ReadAsync(cancellationToken))
        {
            if (csv.GetString(level) != "RLS")
            {
                continue;
            }

            var target = csv.GetString(kind) == "Projection" ? projections : estimates;
            target.Append(CultureInfo.InvariantCulture, $"{csv.GetString(code)},{csv.GetString(year)},{csv.GetString(age)},{csv.GetString(sex)},{csv.GetString(population)}\n");
        }

        return new Tables(estimates.ToString(), projections.ToString());
    }
}
