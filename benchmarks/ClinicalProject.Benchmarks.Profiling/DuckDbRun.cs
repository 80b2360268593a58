using System.Diagnostics;
using System.Globalization;
using ClinicalProject.Statistics;
using DuckDB.NET.Data;

namespace ClinicalProject.Benchmarks.Profiling;

/// <summary>
/// The peer: DuckDB (in memory, every core) loads the same CSV files and computes the same figures in SQL: events
/// aggregated by DA, year, age band and sex (the import's aggregate), rolled up to every level through the
/// hierarchy, crude rates per 1,000 with exact Poisson (count below 10) or Byar limits at 95 % and 99.8 %,
/// comparison with the parent and the province, and counts below 5 withheld. Exact Poisson limits for 0–9 come
/// from a ten-row table (DuckDB has no chi-square quantile).
/// </summary>
public static class DuckDbRun
{
    public static RunResult Run(string dataDirectory)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, $"CREATE TABLE territories AS SELECT * FROM read_csv('{Path.Combine(dataDirectory, "hierarchy.csv")}', header = true, " +
                            "columns = {'code': 'VARCHAR', 'level': 'VARCHAR', 'parentCode': 'VARCHAR', 'nameFr': 'VARCHAR', 'nameEn': 'VARCHAR'})");
        Execute(connection, "CREATE TABLE exact (x INTEGER, l95 DOUBLE, u95 DOUBLE, l998 DOUBLE, u998 DOUBLE)");
        for (var x = 0; x < 10; x++)
        {
            Execute(connection, string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO exact VALUES ({x}, {PoissonInterval.ExactLower(x, ConfidenceLevel.Percent95):R}, {PoissonInterval.ExactUpper(x, ConfidenceLevel.Percent95):R}, " +
                $"{PoissonInterval.ExactLower(x, ConfidenceLevel.Percent99Point8):R}, {PoissonInterval.ExactUpper(x, ConfidenceLevel.Percent99Point8):R})"));
        }

        var importClock = Stopwatch.StartNew();
        Execute(connection, $"CREATE TABLE pop AS SELECT * FROM read_csv('{Path.Combine(dataDirectory, "population.csv")}', header = true, " +
                            "columns = {'territory': 'VARCHAR', 'period': 'INTEGER', 'ageBand': 'VARCHAR', 'sex': 'VARCHAR', 'count': 'INTEGER'})");
        Execute(connection, $"""
            CREATE TABLE num AS
            SELECT da AS territory, year(date) AS period, least(age // 5, 18) AS band, sex, indicator, count(*) AS x
            FROM read_csv('{Path.Combine(dataDirectory, "events.csv")}', header = true,
                 columns = {"{"}'da': 'VARCHAR', 'date': 'DATE', 'age': 'INTEGER', 'sex': 'VARCHAR', 'indicator': 'VARCHAR'{"}"})
            GROUP BY ALL
            """);
        importClock.Stop();

        var computeClock = Stopwatch.StartNew();
        Execute(connection, """
            CREATE TABLE anc AS
            WITH RECURSIVE a(da, anc) AS (
                SELECT code, code FROM territories WHERE level = 'da'
                UNION ALL
                SELECT a.da, t.parentCode FROM a JOIN territories t ON t.code = a.anc WHERE t.parentCode IS NOT NULL)
            SELECT * FROM a
            """);
        Execute(connection, "CREATE TABLE popt AS SELECT anc.anc AS territory, period, sum(count)::DOUBLE AS n FROM pop JOIN anc ON pop.territory = anc.da GROUP BY ALL");
        Execute(connection, "CREATE TABLE numt AS SELECT anc.anc AS territory, period, indicator, sum(x)::DOUBLE AS x FROM num JOIN anc ON num.territory = anc.da GROUP BY ALL");
        Execute(connection, """
            CREATE TABLE rates AS
            WITH grid AS (
                SELECT p.territory, p.period, i.indicator, coalesce(t.x, 0) AS x, p.n
                FROM popt p CROSS JOIN (SELECT DISTINCT indicator FROM num) i
                LEFT JOIN numt t ON t.territory = p.territory AND t.period = p.period AND t.indicator = i.indicator),
            limits AS (
                SELECT g.*,
                    CASE WHEN g.x < 10 THEN e.l95 ELSE g.x * pow(1 - 1 / (9 * g.x) - 1.959963984540054 / (3 * sqrt(g.x)), 3) END AS l95,
                    CASE WHEN g.x < 10 THEN e.u95 ELSE (g.x + 1) * pow(1 - 1 / (9 * (g.x + 1)) + 1.959963984540054 / (3 * sqrt(g.x + 1)), 3) END AS u95,
                    CASE WHEN g.x < 10 THEN e.l998 ELSE g.x * pow(1 - 1 / (9 * g.x) - 3.090232306167813 / (3 * sqrt(g.x)), 3) END AS l998,
                    CASE WHEN g.x < 10 THEN e.u998 ELSE (g.x + 1) * pow(1 - 1 / (9 * (g.x + 1)) + 3.090232306167813 / (3 * sqrt(g.x + 1)), 3) END AS u998
                FROM grid g LEFT JOIN exact e ON e.x = g.x)
            SELECT territory, period, indicator, x, n, x / n * 1000 AS rate,
                   l95 / n * 1000 AS lower95, u95 / n * 1000 AS upper95, l998 / n * 1000 AS lower998, u998 / n * 1000 AS upper998
            FROM limits WHERE n > 0
            """);
        Execute(connection, """
            CREATE TABLE figures AS
            SELECT r.territory, r.period, r.indicator,
                   CASE WHEN r.x < 5 THEN NULL ELSE r.x END AS count, r.n,
                   CASE WHEN r.x < 5 THEN NULL ELSE r.rate END AS rate,
                   CASE WHEN r.x < 5 THEN NULL ELSE r.lower95 END AS lower95, CASE WHEN r.x < 5 THEN NULL ELSE r.upper95 END AS upper95,
                   CASE WHEN r.x < 5 THEN NULL ELSE r.lower998 END AS lower998, CASE WHEN r.x < 5 THEN NULL ELSE r.upper998 END AS upper998,
                   CASE WHEN r.x < 5 OR p.rate IS NULL THEN 'not-compared'
                        WHEN r.lower998 > p.rate THEN 'worst' WHEN r.lower95 > p.rate THEN 'worse'
                        WHEN r.upper998 < p.rate THEN 'best' WHEN r.upper95 < p.rate THEN 'better' ELSE 'similar' END AS versus_parent,
                   CASE WHEN r.x < 5 THEN 'not-compared'
                        WHEN r.lower998 > q.rate THEN 'worst' WHEN r.lower95 > q.rate THEN 'worse'
                        WHEN r.upper998 < q.rate THEN 'best' WHEN r.upper95 < q.rate THEN 'better' ELSE 'similar' END AS versus_province
            FROM rates r
            JOIN territories t ON t.code = r.territory
            LEFT JOIN rates p ON p.territory = t.parentCode AND p.period = r.period AND p.indicator = r.indicator
            JOIN rates q ON q.territory = '99' AND q.period = r.period AND q.indicator = r.indicator
            """);
        computeClock.Stop();

        var figures = Scalar<long>(connection, "SELECT count(*) FROM figures");
        var check = Scalar<double>(connection, $"SELECT rate FROM figures WHERE territory = '99' AND indicator = 'bench-01' AND period = {SyntheticQuebec.FirstYear}");
        return new RunResult("duckdb", importClock.Elapsed.TotalSeconds, computeClock.Elapsed.TotalSeconds, PeakMemory.Bytes(), figures, check);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
