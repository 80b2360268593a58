using System.Text.Json;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Tests.Territories;

public sealed class TerritoryHierarchyValidatorTests
{
    private static List<TerritoryInput> Valid() =>
    [
        new(1, "99", "province", null, "Québec", "Quebec"),
        new(2, "05", "region", "99", "Estrie", "Estrie"),
        new(3, "051", "rts", "05", "RTS de l'Estrie", "Estrie RTS"),
        new(4, "0515", "rls", "051", "RLS de Sherbrooke", "Sherbrooke LSN"),
        new(5, "05151", "clsc", "0515", "CLSC Sherbrooke", "Sherbrooke CLSC"),
        new(6, "DA-1", "da", "05151", "AD 1", "DA 1", "45.41", "-71.86"),
    ];

    private static List<TerritoryInput> ValidWith(int row, Func<TerritoryInput, TerritoryInput> change) =>
        Valid().Select(t => t.Row == row ? change(t) : t).ToList();

    private static ImportError SingleError(IReadOnlyList<TerritoryInput> inputs)
    {
        var result = TerritoryHierarchyValidator.Validate(inputs);
        Assert.False(result.IsValid);
        Assert.Empty(result.Territories);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_well_formed_hierarchy_is_valid_and_keeps_codes_as_text()
    {
        var result = TerritoryHierarchyValidator.Validate(Valid());

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(6, result.Territories.Count);
        var region = result.Territories.Single(t => t.Level == TerritoryLevel.Region);
        Assert.Equal("05", region.Code);
        Assert.Equal("99", region.ParentCode);
        var da = result.Territories.Single(t => t.Code == "DA-1");
        Assert.Equal(45.41, da.CentroidLatitude);
        Assert.Equal(-71.86, da.CentroidLongitude);
    }

    [Fact]
    public void Rows_may_come_in_any_order()
    {
        var shuffled = Valid().AsEnumerable().Reverse().ToList();

        Assert.True(TerritoryHierarchyValidator.Validate(shuffled).IsValid);
    }

    [Fact]
    public void Fields_are_trimmed_and_level_aliases_are_normalised()
    {
        var inputs = ValidWith(2, t => t with { Code = " 05 ", Level = "RSS" });
        inputs = inputs.Select(t => t.Row == 6 ? t with { Level = "AD" } : t).ToList();

        var result = TerritoryHierarchyValidator.Validate(inputs);

        Assert.True(result.IsValid);
        Assert.Equal(TerritoryLevel.Region, result.Territories.Single(t => t.Code == "05").Level);
        Assert.Equal(TerritoryLevel.Da, result.Territories.Single(t => t.Code == "DA-1").Level);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("level")]
    [InlineData("nameFr")]
    [InlineData("nameEn")]
    public void A_missing_required_field_is_reported_on_its_row(string field)
    {
        var inputs = ValidWith(4, t => field switch
        {
            "code" => t with { Code = "  " },
            "level" => t with { Level = null },
            "nameFr" => t with { NameFr = "" },
            _ => t with { NameEn = null },
        });
        if (field == "code")
        {
            // Without its code the RLS cannot be 05151's parent: keep only the row under test in play.
            inputs = inputs.Where(t => t.Row <= 4).ToList();
        }

        var error = SingleError(inputs);

        Assert.Equal((4, field, ImportRules.Required), (error.Row, error.Field, error.Rule));
    }

    [Fact]
    public void An_unknown_level_is_reported()
    {
        var error = SingleError(ValidWith(4, t => t with { Level = "quartier" }));

        Assert.Equal((4, "level", "quartier", ImportRules.UnknownLevel), (error.Row, error.Field, error.Value, error.Rule));
    }

    [Fact]
    public void A_duplicate_code_is_reported_on_the_second_row_naming_the_first()
    {
        var inputs = Valid().Append(new TerritoryInput(7, "da-1", "da", "05151", "AD 1 bis", "DA 1 bis")).ToList();

        var error = SingleError(inputs);

        Assert.Equal((7, "code", ImportRules.DuplicateCode), (error.Row, error.Field, error.Rule));
        Assert.Contains("row 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_missing_from_the_file_is_an_unknown_parent()
    {
        var error = SingleError(ValidWith(6, t => t with { ParentCode = "05152" }));

        Assert.Equal((6, "parentCode", "05152", ImportRules.UnknownParent), (error.Row, error.Field, error.Value, error.Rule));
    }

    [Fact]
    public void A_parent_code_differing_only_in_case_is_unknown_with_a_hint()
    {
        var inputs = ValidWith(5, t => t with { Code = "C-05151" }).Select(t => t.Row == 6 ? t with { ParentCode = "c-05151" } : t).ToList();

        var error = SingleError(inputs);

        Assert.Equal(ImportRules.UnknownParent, error.Rule);
        Assert.Contains("C-05151", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_territory_that_is_its_own_parent_is_a_cycle()
    {
        var error = SingleError(ValidWith(4, t => t with { ParentCode = "0515" }));

        Assert.Equal((4, "parentCode", ImportRules.Cycle), (error.Row, error.Field, error.Rule));
    }

    [Fact]
    public void A_loop_is_reported_as_a_cycle_on_each_member_and_not_as_levels_out_of_order()
    {
        // 051 → 0515 → 05151 → 051: the levels would be out of order too, but the cycle is the real fault.
        var inputs = ValidWith(3, t => t with { ParentCode = "05151" });

        var result = TerritoryHierarchyValidator.Validate(inputs);

        Assert.All(result.Errors, e => Assert.Equal(ImportRules.Cycle, e.Rule));
        Assert.Equal([3, 4, 5], result.Errors.Select(e => e.Row));
        Assert.Contains("051 → 05151 → 0515 → 051", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_two_levels_below_its_parent_is_out_of_order()
    {
        var error = SingleError(ValidWith(6, t => t with { ParentCode = "0515" }));

        Assert.Equal((6, "level", ImportRules.LevelOutOfOrder), (error.Row, error.Field, error.Rule));
        Assert.Contains("0515", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_territory_without_a_parent_must_be_a_province()
    {
        var inputs = Valid().Append(new TerritoryInput(7, "06", "region", null, "Montréal", "Montreal")).ToList();

        var error = SingleError(inputs);

        Assert.Equal((7, "parentCode", ImportRules.LevelOutOfOrder), (error.Row, error.Field, error.Rule));
    }

    [Fact]
    public void A_province_under_a_parent_is_out_of_order()
    {
        var inputs = Valid().Append(new TerritoryInput(7, "98", "province", "99", "Autre", "Other")).ToList();

        var error = SingleError(inputs);

        Assert.Equal((7, ImportRules.LevelOutOfOrder), (error.Row, error.Rule));
    }

    [Theory]
    [InlineData("centroidLatitude", "91", ImportRules.CoordinateOutOfRange)]
    [InlineData("centroidLatitude", "-90.5", ImportRules.CoordinateOutOfRange)]
    [InlineData("centroidLongitude", "-181", ImportRules.CoordinateOutOfRange)]
    [InlineData("centroidLongitude", "abc", ImportRules.InvalidNumber)]
    [InlineData("centroidLatitude", "NaN", ImportRules.InvalidNumber)]
    [InlineData("centroidLongitude", "Infinity", ImportRules.InvalidNumber)]
    public void Coordinates_must_be_numbers_in_range(string field, string value, string rule)
    {
        var error = SingleError(ValidWith(6, t => field == "centroidLatitude" ? t with { CentroidLatitude = value } : t with { CentroidLongitude = value }));

        Assert.Equal((6, field, value, rule), (error.Row, error.Field, error.Value, error.Rule));
    }

    [Fact]
    public void A_decimal_comma_is_read_as_a_decimal_point()
    {
        var result = TerritoryHierarchyValidator.Validate(ValidWith(6, t => t with { CentroidLatitude = "45,41", CentroidLongitude = "-71,86" }));

        Assert.True(result.IsValid);
        Assert.Equal(45.41, result.Territories.Single(t => t.Code == "DA-1").CentroidLatitude);
    }

    [Fact]
    public void A_centroid_needs_both_coordinates()
    {
        var error = SingleError(ValidWith(6, t => t with { CentroidLongitude = null }));

        Assert.Equal((6, "centroidLongitude", ImportRules.IncompleteCentroid), (error.Row, error.Field, error.Rule));
    }

    [Fact]
    public void A_code_with_spaces_or_slashes_is_invalid()
    {
        var inputs = Valid().Append(new TerritoryInput(7, "DA/2", "da", "05151", "AD 2", "DA 2")).ToList();

        var error = SingleError(inputs);

        Assert.Equal((7, "code", ImportRules.InvalidCode), (error.Row, error.Field, error.Rule));
    }

    [Fact]
    public void Overlong_names_are_refused()
    {
        var error = SingleError(ValidWith(6, t => t with { NameEn = new string('x', 201) }));

        Assert.Equal((6, "nameEn", ImportRules.TooLong), (error.Row, error.Field, error.Rule));
        Assert.True(error.Value!.Length <= 201);
    }

    [Fact]
    public void A_geojson_geometry_is_kept_minified()
    {
        var geometry = JsonDocument.Parse("""{ "type": "Point",  "coordinates": [ -71.86, 45.41 ] }""").RootElement;

        var result = TerritoryHierarchyValidator.Validate(ValidWith(6, t => t with { Geometry = geometry }));

        Assert.True(result.IsValid);
        Assert.Equal("""{"type":"Point","coordinates":[-71.86,45.41]}""", result.Territories.Single(t => t.Code == "DA-1").GeometryGeoJson);
    }

    [Theory]
    [InlineData("""{ "type": "Circle", "coordinates": [0, 0] }""")]
    [InlineData("""{ "type": "Polygon" }""")]
    [InlineData("""[ -71.86, 45.41 ]""")]
    [InlineData("""{ "type": "Feature", "geometry": { "type": "Point", "coordinates": [0, 0] } }""")]
    public void Something_that_is_not_a_geojson_geometry_is_refused(string json)
    {
        var error = SingleError(ValidWith(6, t => t with { Geometry = JsonDocument.Parse(json).RootElement }));

        Assert.Equal((6, "geometry", ImportRules.InvalidGeometry), (error.Row, error.Field, error.Rule));
    }

    [Fact]
    public void Every_error_is_returned_sorted_by_row()
    {
        var inputs = Valid()
            .Append(new TerritoryInput(7, "DA-2", "da", "nowhere", "AD 2", "DA 2"))
            .Append(new TerritoryInput(8, "DA-1", "da", "05151", "AD 1", "DA 1"))
            .Select(t => t.Row == 2 ? t with { Level = "rss?" } : t)
            .ToList();

        var result = TerritoryHierarchyValidator.Validate(inputs);

        Assert.Equal(
            [(2, ImportRules.UnknownLevel), (7, ImportRules.UnknownParent), (8, ImportRules.DuplicateCode)],
            result.Errors.Select(e => (e.Row, e.Rule)));
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var error = SingleError([]);

        Assert.Equal((0, ImportRules.NoTerritories), (error.Row, error.Rule));
    }
}
