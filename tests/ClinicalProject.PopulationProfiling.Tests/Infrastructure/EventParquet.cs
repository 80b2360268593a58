using Parquet;
using Parquet.Schema;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>Writes record-level events as a Parquet file (dates as dates, ages as integers), as an export from a warehouse would.</summary>
public static class EventParquet
{
    public static async Task<byte[]> WriteAsync(IReadOnlyList<(string Da, string Date, int Age, string Sex, string Indicator)> events)
    {
        var da = new DataField<string>("da");
        var date = new DataField<DateTime>("date");
        var age = new DataField<int>("age");
        var sex = new DataField<string>("sex");
        var indicator = new DataField<string>("indicator");
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(da, date, age, sex, indicator), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(da, events.Select(e => e.Da).ToArray());
            await group.WriteAsync(date, new ReadOnlyMemory<DateTime>(events.Select(e => DateTime.Parse(e.Date, System.Globalization.CultureInfo.InvariantCulture)).ToArray()));
            await group.WriteAsync(age, new ReadOnlyMemory<int>(events.Select(e => e.Age).ToArray()));
            await group.WriteAsync(sex, events.Select(e => e.Sex).ToArray());
            await group.WriteAsync(indicator, events.Select(e => e.Indicator).ToArray());
        }

        return stream.ToArray();
    }
}
