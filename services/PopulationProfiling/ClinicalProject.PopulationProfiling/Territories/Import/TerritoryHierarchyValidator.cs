using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClinicalProject.PopulationProfiling.Territories.Import;

/// <summary>
/// Checks a whole hierarchy file, all or nothing: each row on its own (required fields, level, code,
/// coordinates, geometry), then the rows together (duplicate codes, unknown parents, cycles, and only then
/// the level order, so that a cycle is reported as a cycle). Every error found is returned, sorted by row.
/// </summary>
public static class TerritoryHierarchyValidator
{
    private const int MaxReportedValueLength = 200;

    public static TerritoryValidationResult Validate(IReadOnlyList<TerritoryInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return new([], [new ImportError(0, null, null, ImportRules.NoTerritories, "The file holds no territory.")]);
        }

        var errors = new List<ImportError>();
        var rows = inputs.Select(input => CheckRow(input, errors)).ToArray();

        // Codes are compared without regard to case, as SQL Server's default collation does.
        var firstByCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Code is { } code && !firstByCode.TryAdd(code, i))
            {
                var first = rows[firstByCode[code]];
                errors.Add(Error(rows[i].Row, "code", code, ImportRules.DuplicateCode,
                    $"Code '{code}' is already used on row {first.Row}."));
            }
        }

        var parentOf = ResolveParents(rows, firstByCode, errors);
        var inCycle = FindCycles(rows, parentOf, errors);
        CheckLevelOrder(rows, parentOf, inCycle, errors);

        if (errors.Count > 0)
        {
            return new([], errors.OrderBy(e => e.Row).ToList());
        }

        var territories = rows.Select(r => new TerritoryDefinition(
            r.Code!, r.Level!.Value, r.ParentCode, r.NameFr!, r.NameEn!, r.Latitude, r.Longitude, r.GeometryGeoJson)).ToList();
        return new(territories, []);
    }

    private static CheckedRow CheckRow(TerritoryInput input, List<ImportError> errors)
    {
        var row = input.Row;
        var code = Text(input.Code);
        if (code is null)
        {
            errors.Add(Error(row, "code", input.Code, ImportRules.Required, "A territory needs a code."));
        }
        else if (code.Length > TerritoryConfiguration.CodeMaxLength)
        {
            errors.Add(Error(row, "code", code, ImportRules.TooLong, $"A code has at most {TerritoryConfiguration.CodeMaxLength} characters."));
            code = null;
        }
        else if (!code.All(IsCodeCharacter))
        {
            errors.Add(Error(row, "code", code, ImportRules.InvalidCode, "A code holds only letters, digits, '.', '_' and '-'."));
            code = null;
        }

        TerritoryLevel? level = null;
        var levelText = Text(input.Level);
        if (levelText is null)
        {
            errors.Add(Error(row, "level", input.Level, ImportRules.Required, "A territory needs a level."));
        }
        else if (TerritoryLevels.TryParse(levelText, out var parsed))
        {
            level = parsed;
        }
        else
        {
            errors.Add(Error(row, "level", levelText, ImportRules.UnknownLevel,
                $"Unknown level '{levelText}'; expected one of: {string.Join(", ", TerritoryLevels.Names)}."));
        }

        var nameFr = Name(row, "nameFr", input.NameFr, "French", errors);
        var nameEn = Name(row, "nameEn", input.NameEn, "English", errors);
        var latitude = Coordinate(row, "centroidLatitude", input.CentroidLatitude, 90, errors);
        var longitude = Coordinate(row, "centroidLongitude", input.CentroidLongitude, 180, errors);
        var latitudeText = Text(input.CentroidLatitude);
        var longitudeText = Text(input.CentroidLongitude);
        if ((latitudeText is null) != (longitudeText is null))
        {
            var missing = latitudeText is null ? "centroidLatitude" : "centroidLongitude";
            errors.Add(Error(row, missing, null, ImportRules.IncompleteCentroid, "A centroid needs both a latitude and a longitude."));
        }

        return new CheckedRow(row, code, level, Text(input.ParentCode), nameFr, nameEn, latitude, longitude,
            Geometry(row, input.Geometry, errors));
    }

    private static int[] ResolveParents(CheckedRow[] rows, Dictionary<string, int> firstByCode, List<ImportError> errors)
    {
        var parentOf = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            parentOf[i] = -1;
            if (rows[i].ParentCode is not { } parentCode)
            {
                continue;
            }

            var hint = string.Empty;
            if (firstByCode.TryGetValue(parentCode, out var parent))
            {
                if (string.Equals(rows[parent].Code, parentCode, StringComparison.Ordinal))
                {
                    parentOf[i] = parent;
                    continue;
                }

                hint = $" (row {rows[parent].Row} has '{rows[parent].Code}': codes must match exactly)";
            }

            errors.Add(Error(rows[i].Row, "parentCode", parentCode, ImportRules.UnknownParent,
                $"Parent '{parentCode}' is not a territory of this file{hint}."));
        }

        return parentOf;
    }

    /// <summary>Each row has at most one parent, so following parents from any row ends at a root or in a loop.</summary>
    private static bool[] FindCycles(CheckedRow[] rows, int[] parentOf, List<ImportError> errors)
    {
        const byte Unvisited = 0, OnPath = 1, Done = 2;
        var state = new byte[rows.Length];
        var inCycle = new bool[rows.Length];
        var path = new List<int>();
        for (var start = 0; start < rows.Length; start++)
        {
            path.Clear();
            var current = start;
            while (current >= 0 && state[current] == Unvisited)
            {
                state[current] = OnPath;
                path.Add(current);
                current = parentOf[current];
            }

            if (current >= 0 && state[current] == OnPath)
            {
                var loop = path.Skip(path.IndexOf(current)).ToList();
                for (var k = 0; k < loop.Count; k++)
                {
                    var member = loop[k];
                    inCycle[member] = true;
                    var chain = Enumerable.Range(0, loop.Count + 1).Select(step => rows[loop[(k + step) % loop.Count]].Code);
                    var message = loop.Count == 1
                        ? $"Territory '{rows[member].Code}' is its own parent."
                        : $"Territory '{rows[member].Code}' is its own ancestor: {string.Join(" → ", chain)}.";
                    errors.Add(Error(rows[member].Row, "parentCode", rows[member].ParentCode, ImportRules.Cycle, message));
                }
            }

            foreach (var visited in path)
            {
                state[visited] = Done;
            }
        }

        return inCycle;
    }

    private static void CheckLevelOrder(CheckedRow[] rows, int[] parentOf, bool[] inCycle, List<ImportError> errors)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            if (inCycle[i] || rows[i].Level is not { } level)
            {
                continue;
            }

            if (rows[i].ParentCode is null)
            {
                if (level != TerritoryLevel.Province)
                {
                    errors.Add(Error(rows[i].Row, "parentCode", null, ImportRules.LevelOutOfOrder,
                        $"Only a province has no parent; this {level.ToName()} needs a parent {((TerritoryLevel)((int)level - 1)).ToName()}."));
                }

                continue;
            }

            var parent = parentOf[i];
            if (parent < 0 || inCycle[parent] || rows[parent].Level is not { } parentLevel || level == parentLevel + 1)
            {
                continue;
            }

            var expected = level == TerritoryLevel.Province
                ? "a province has no parent"
                : $"a {level.ToName()}'s parent must be a {((TerritoryLevel)((int)level - 1)).ToName()}";
            errors.Add(Error(rows[i].Row, "level", level.ToName(), ImportRules.LevelOutOfOrder,
                $"Territory '{rows[i].Code}' is a {level.ToName()} under '{rows[parent].Code}' (row {rows[parent].Row}), a {parentLevel.ToName()}: {expected}."));
        }
    }

    private static string? Name(int row, string field, string? value, string language, List<ImportError> errors)
    {
        var name = Text(value)?.Normalize(NormalizationForm.FormC);
        if (name is null)
        {
            errors.Add(Error(row, field, value, ImportRules.Required, $"A territory needs a {language} name."));
        }
        else if (name.Length > TerritoryConfiguration.NameMaxLength)
        {
            errors.Add(Error(row, field, name, ImportRules.TooLong, $"A name has at most {TerritoryConfiguration.NameMaxLength} characters."));
            return null;
        }

        return name;
    }

    private static double? Coordinate(int row, string field, string? value, double limit, List<ImportError> errors)
    {
        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        // Semicolon-separated files from French spreadsheets write decimals with a comma.
        var invariant = text.Contains(',') && !text.Contains('.') ? text.Replace(',', '.') : text;
        if (!double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            errors.Add(Error(row, field, text, ImportRules.InvalidNumber, "Not a number (decimal degrees, such as 45.4042)."));
            return null;
        }

        if (number < -limit || number > limit)
        {
            errors.Add(Error(row, field, text, ImportRules.CoordinateOutOfRange, $"Must be between -{limit} and {limit} decimal degrees."));
            return null;
        }

        return number;
    }

    private static string? Geometry(int row, JsonElement? geometry, List<ImportError> errors)
    {
        if (geometry is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (GeoJsonGeometry.IsGeometry(element))
        {
            // Serialising an element writes it without indentation: one canonical text for the content hash.
            return JsonSerializer.Serialize(element);
        }

        errors.Add(Error(row, "geometry", element.GetRawText(), ImportRules.InvalidGeometry,
            "Not a valid GeoJSON geometry: an object with a 'type' (Point, Polygon, MultiPolygon…) and 'coordinates' of its shape: positions [longitude ±180, latitude ±90], polygon rings closed (first position repeated last, 4 or more)."));
        return null;
    }

    private static bool IsCodeCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ImportError Error(int row, string? field, string? value, string rule, string message) =>
        new(row, field, value is { Length: > MaxReportedValueLength } ? value[..MaxReportedValueLength] + "…" : value, rule, message);

    private sealed record CheckedRow(
        int Row,
        string? Code,
        TerritoryLevel? Level,
        string? ParentCode,
        string? NameFr,
        string? NameEn,
        double? Latitude,
        double? Longitude,
        string? GeometryGeoJson);
}
