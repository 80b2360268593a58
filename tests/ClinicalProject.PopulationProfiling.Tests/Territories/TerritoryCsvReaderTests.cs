using System.Text;
using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.Territories;

public sealed class TerritoryCsvReaderTests
{
    private static Task<TerritoryFileReadResult> ReadAsync(string text, bool byteOrderMark = false) =>
        ReadAsync((byteOrderMark ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray());

    private static async Task<TerritoryFileReadResult> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await TerritoryCsvReader.ReadAsync(stream, CancellationToken.None);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public async Task The_delimiter_is_detected_from_the_header(char delimiter)
    {
        var result = await ReadAsync(HierarchyFiles.Sherbrooke().ToCsv(delimiter));

        Assert.Empty(result.Errors);
        Assert.Equal(7, result.Rows.Count);
        var da = result.Rows[5];
        Assert.Equal((6, "T-DA-1", "da", "05151", "45.41", "-71.86"), (da.Row, da.Code, da.Level, da.ParentCode, da.CentroidLatitude, da.CentroidLongitude));
        Assert.Equal("05", result.Rows[1].Code);
    }

    [Fact]
    public async Task A_byte_order_mark_and_quoted_delimiters_are_understood()
    {
        var rows = HierarchyFiles.Sherbrooke().With(3, "nameFr", "RTS de l'Estrie, CHUS");

        var result = await ReadAsync(rows.ToCsv(','), byteOrderMark: true);

        Assert.Empty(result.Errors);
        Assert.Equal("99", result.Rows[0].Code);
        Assert.Equal("RTS de l'Estrie, CHUS", result.Rows[2].NameFr);
    }

    [Fact]
    public async Task Columns_may_come_in_any_order_and_case_and_the_centroid_columns_are_optional()
    {
        var result = await ReadAsync("NAMEEN;nameFr;Code;Level;ParentCode\nQuebec;Québec;99;province;\n");

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(("99", "province", "Québec", "Quebec"), (row.Code, row.Level, row.NameFr, row.NameEn));
    }

    [Fact]
    public async Task A_missing_required_column_is_reported_by_name()
    {
        var result = await ReadAsync("code,level,nameFr,nameEn\n99,province,Québec,Quebec\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((0, "parentCode", ImportRules.MissingColumn), (error.Row, error.Field, error.Rule));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task An_unknown_column_is_reported_rather_than_ignored()
    {
        var result = await ReadAsync("code,level,parentCode,nameFr,nameEn,centroidLat\n99,province,,Québec,Quebec,46.8\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("centroidLat", ImportRules.UnknownColumn), (error.Field, error.Rule));
    }

    [Fact]
    public async Task Text_that_is_not_utf8_is_refused()
    {
        var latin1 = Encoding.Latin1.GetBytes(HierarchyFiles.Sherbrooke().ToCsv(','));

        var result = await ReadAsync(latin1);

        Assert.Equal(ImportRules.InvalidEncoding, Assert.Single(result.Errors).Rule);
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_still_counted()
    {
        var result = await ReadAsync("code,level,parentCode,nameFr,nameEn\n99,province,,Québec,Quebec\n,,,,\n05,region,99,Estrie,Estrie\n");

        Assert.Empty(result.Errors);
        Assert.Equal([1, 3], result.Rows.Select(r => r.Row));
    }

    [Fact]
    public async Task A_row_with_more_values_than_the_header_is_reported()
    {
        var result = await ReadAsync("code,level,parentCode,nameFr,nameEn\n99,province,,Québec,Quebec,oops\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, ImportRules.ExtraField, "oops"), (error.Row, error.Rule, error.Value));
    }

    [Fact]
    public async Task An_empty_body_is_reported()
    {
        var result = await ReadAsync(string.Empty);

        Assert.Equal(ImportRules.NoTerritories, Assert.Single(result.Errors).Rule);
    }
}
