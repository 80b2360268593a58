using ClinicalProject.ResourceInventory.Hsds;

namespace ClinicalProject.ResourceInventory.Tests.Unit;

public sealed class HsdsFieldReaderTests
{
    [Theory]
    [InlineData("08:30", 8, 30, 0)]
    [InlineData("8:30", 8, 30, 0)]
    [InlineData("16:45:30", 16, 45, 30)]
    [InlineData("09:00-05:00", 9, 0, 0)]
    [InlineData("09:00-04:00", 9, 0, 0)]
    public void Local_times_and_eastern_offsets_are_read(string text, int hour, int minute, int second)
    {
        var reader = new HsdsFieldReader();

        var time = reader.Time(Row("opens_at", text), "opens_at");

        Assert.Equal(new TimeOnly(hour, minute, second), time);
        Assert.Empty(reader.Errors);
    }

    [Theory]
    [InlineData("09:00Z")]
    [InlineData("09:00+01:00")]
    [InlineData("9h")]
    [InlineData("25:00")]
    public void Other_times_are_row_errors(string text)
    {
        var reader = new HsdsFieldReader();

        Assert.Null(reader.Time(Row("opens_at", text), "opens_at"));

        var error = Assert.Single(reader.Errors);
        Assert.Equal(("schedule.csv", 4, "opens_at", text, "invalid-time"), (error.File, error.Row, error.Field, error.Value, error.Rule));
    }

    [Theory]
    [InlineData("18", 18)]
    [InlineData("18.0", 18)]
    [InlineData("1e1", 10)]
    public void Whole_numbers_may_be_written_as_decimals(string text, int expected)
    {
        Assert.Equal(expected, new HsdsFieldReader().Integer(Row("minimum_age", text), "minimum_age"));
    }

    [Theory]
    [InlineData("17.5")]
    [InlineData("dix-huit")]
    public void Fractions_and_words_are_not_ages(string text)
    {
        var reader = new HsdsFieldReader();

        Assert.Null(reader.Integer(Row("minimum_age", text), "minimum_age"));
        Assert.Equal("invalid-number", Assert.Single(reader.Errors).Rule);
    }

    [Theory]
    [InlineData("2025-04-01", 2025, 4, 1)]
    [InlineData("2025-04-01T00:00:00Z", 2025, 4, 1)]
    [InlineData("2024-09-25T14:23:06.5+01:00", 2024, 9, 25)]
    public void Dates_and_date_times_count_by_their_date(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), new HsdsFieldReader().Date(Row("updated", text), "updated"));
    }

    [Theory]
    [InlineData("eligibility.minimumAge", "eligibility.minimum_age")]
    [InlineData("schedules[2].closesAt", "schedules[2].closes_at")]
    [InlineData("parties[0].organizationId", "parties[0].organization_id")]
    [InlineData("name", "name")]
    public void Inventory_field_paths_are_reported_in_hsds_naming(string path, string expected)
    {
        Assert.Equal(expected, HsdsFieldReader.SnakeCase(path));
    }

    private static HsdsRow Row(string column, string value)
    {
        var row = new HsdsRow("schedule", "schedule.csv", 4);
        row[column] = value;
        return row;
    }
}
