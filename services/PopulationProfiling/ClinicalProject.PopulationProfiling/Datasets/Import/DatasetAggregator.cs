using System.Globalization;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Checks each row of a dataset file and adds it to dense count blocks, one per (period, indicator): the file
/// is never held, only its aggregate (for the whole of Quebec, 13,600 DAs × 38 strata × 4 bytes per block).
/// Collects the first <see cref="ValidationProblems.MaxListedErrors"/> errors and then stops being asked.
/// </summary>
public sealed class DatasetAggregator
{
    public const int FirstPeriod = 1900;
    public const int LastPeriod = 2100;

    private readonly DatasetKind _kind;
    private readonly TerritoryTree _tree;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indicators;
    private readonly IReadOnlyList<string> _indicatorCodes;
    private readonly IReadOnlySet<string> _populationIndicators;
    private readonly Dictionary<long, AggregateSlice> _slices = [];
    private readonly List<ImportError> _errors = [];
    private readonly bool _singleYears;
    private readonly bool _checkDuplicates;
    private int[] _localIndex = [];
    private int _levelCount;

    /// <param name="countIndicators">Catalogue codes whose numerators are imported counts.</param>
    /// <param name="populationIndicators">Catalogue codes computed from the population (refused in files).</param>
    public DatasetAggregator(DatasetKind kind, TerritoryTree tree, IReadOnlySet<RecordField> fields,
        IReadOnlyList<string> countIndicators, IReadOnlySet<string> populationIndicators)
    {
        _kind = kind;
        _tree = tree;
        _indicatorCodes = countIndicators;
        _populationIndicators = populationIndicators;
        _indicators = countIndicators.Select((code, index) => (code, index))
            .ToDictionary(p => p.code, p => p.index, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _singleYears = kind == DatasetKind.Events || fields.Contains(RecordField.Age);
        // Bands given as such must each appear once; single years legitimately add up into a band.
        _checkDuplicates = !_singleYears;
        if (kind != DatasetKind.Events && fields.Contains(RecordField.Age) == fields.Contains(RecordField.AgeBand))
        {
            _errors.Add(new ImportError(0, "ageBand", null, DatasetRules.AgeColumns,
                "Give the ages as either an 'ageBand' column (0-4 … 90+) or an 'age' column (single years, 90 and over in 90+), not both."));
            ErrorCount = 1;
        }
    }

    public TerritoryLevel? BaseLevel { get; private set; }

    public long Rows { get; private set; }

    public int ErrorCount { get; private set; }

    public IReadOnlyList<ImportError> Errors => _errors;

    /// <summary>Enough errors to report: reading on would only make the answer longer.</summary>
    public bool IsFull => _errors.Count >= ValidationProblems.MaxListedErrors;

    public void Add(IRecordSource source)
    {
        if (source.IsBlank)
        {
            return;
        }

        Rows++;
        var row = (int)Math.Min(source.Row, int.MaxValue);
        var errorsBefore = ErrorCount;
        var territory = Territory(source.Text(RecordField.Territory), row);
        var period = _kind == DatasetKind.Events ? PeriodOfDate(source.Text(RecordField.Date), row) : Period(source.Text(RecordField.Period), row);
        var band = _singleYears ? BandOfAge(source.Text(RecordField.Age), row) : Band(source.Text(RecordField.AgeBand), row);
        var sex = Sex(source.Text(RecordField.Sex), row);
        var indicator = _kind is DatasetKind.Numerators or DatasetKind.Events ? Indicator(source.Text(RecordField.Indicator), row) : 0;
        var count = _kind == DatasetKind.Events ? 1 : Count(source.Text(RecordField.Count), row);
        if (ErrorCount > errorsBefore)
        {
            return;
        }

        var slice = SliceFor(period, indicator);
        var cell = Strata.Index(territory, band, (Common.Sex)sex);
        if (_checkDuplicates && !slice.MarkSeen(cell))
        {
            Fail(row, "territory", source.Text(RecordField.Territory).ToString(), DatasetRules.DuplicateCell,
                "This territory, period, age band, sex (and indicator) already has a row: a count is given once.");
            return;
        }

        var sum = (long)slice.Cells[cell] + count;
        if (sum > int.MaxValue)
        {
            Fail(row, "count", count.ToString(CultureInfo.InvariantCulture), DatasetRules.CountOverflow, "The counts of this cell add up to more than 2,147,483,647.");
            return;
        }

        slice.Cells[cell] = (int)sum;
        slice.Total += count;
    }

    /// <summary>The aggregate, once every row was read without error.</summary>
    public AggregatedDataset Complete()
    {
        if (ErrorCount == 0 && _slices.Count == 0)
        {
            Fail(0, null, null, DatasetRules.NoData, "The file has a header but no data row.");
        }

        var slices = _slices.Values
            .OrderBy(s => s.Period).ThenBy(s => s.IndicatorCode, StringComparer.Ordinal)
            .Select(s => new AggregatedSlice(s.Period, s.IndicatorCode, s.Cells, s.Total))
            .ToList();
        return new AggregatedDataset(_kind, _tree.Version, BaseLevel ?? TerritoryLevel.Da, _levelCount, Rows, slices);
    }

    private AggregateSlice SliceFor(int period, int indicator)
    {
        var key = ((long)period << 32) | (uint)indicator;
        if (!_slices.TryGetValue(key, out var slice))
        {
            var code = _kind is DatasetKind.Numerators or DatasetKind.Events ? _indicatorCodes[indicator] : string.Empty;
            slice = new AggregateSlice(period, code, _levelCount * Strata.PerTerritory, _checkDuplicates);
            _slices[key] = slice;
        }

        return slice;
    }

    private int Territory(ReadOnlySpan<char> code, int row)
    {
        if (code.IsEmpty)
        {
            return Fail(row, "territory", null, DatasetRules.Required, "Every row names its territory.");
        }

        if (!_tree.TryGetIndex(code, out var index))
        {
            return Fail(row, "territory", code.ToString(), DatasetRules.UnknownTerritory, $"No territory with this code in hierarchy version '{_tree.Version}'.");
        }

        var level = _tree.Levels[index];
        if (BaseLevel is null)
        {
            BaseLevel = level;
            var members = _tree.OfLevel(level);
            _levelCount = members.Count;
            _localIndex = new int[_tree.Count];
            for (var i = 0; i < members.Count; i++)
            {
                _localIndex[members[i]] = i;
            }
        }
        else if (level != BaseLevel)
        {
            return Fail(row, "territory", code.ToString(), DatasetRules.MixedLevels,
                $"This territory is a {level.ToName()}, the file's first one a {BaseLevel.Value.ToName()}: a dataset holds one level, the others are rolled up from it.");
        }

        return _localIndex[index];
    }

    private int Period(ReadOnlySpan<char> text, int row) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= FirstPeriod and <= LastPeriod
            ? year
            : Fail(row, "period", text.ToString(), DatasetRules.InvalidPeriod, $"A period is a year from {FirstPeriod} to {LastPeriod}.");

    private int PeriodOfDate(ReadOnlySpan<char> text, int row)
    {
        // ISO 8601 dates, with or without a time of day: the period is the calendar year.
        var date = text.Length > 10 && (text[10] == 'T' || text[10] == ' ') ? text[..10] : text;
        return IsoDate.TryParseYear(date, out var year) && year is >= FirstPeriod and <= LastPeriod
            ? year
            : Fail(row, "date", text.ToString(), DatasetRules.InvalidDate, $"A date is written yyyy-MM-dd (ISO 8601), in the years {FirstPeriod} to {LastPeriod}.");
    }

    private int Band(ReadOnlySpan<char> text, int row) =>
        AgeBands.TryParseLabel(text, out var band)
            ? band
            : Fail(row, "ageBand", text.ToString(), DatasetRules.InvalidAgeBand, $"Age bands are {string.Join(", ", AgeBands.Labels)}.");

    private int BandOfAge(ReadOnlySpan<char> text, int row) =>
        int.TryParse(text.TrimEnd('+'), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= AgeBands.MaxAge
            ? AgeBands.OfAge(age)
            : Fail(row, "age", text.ToString(), DatasetRules.InvalidAge, $"An age is a whole number of years from 0 to {AgeBands.MaxAge}.");

    private int Sex(ReadOnlySpan<char> text, int row) => text switch
    {
        "F" or "f" => (int)Common.Sex.Female,
        "M" or "m" => (int)Common.Sex.Male,
        _ => Fail(row, "sex", text.ToString(), DatasetRules.InvalidSex, "Sex is F or M."),
    };

    private int Indicator(ReadOnlySpan<char> code, int row)
    {
        if (_indicators.TryGetValue(code, out var index))
        {
            return index;
        }

        var text = code.ToString();
        return _populationIndicators.Contains(text)
            ? Fail(row, "indicator", text, DatasetRules.IndicatorFromPopulation, "This indicator is computed from the population itself; it takes no imported counts.")
            : Fail(row, "indicator", text, DatasetRules.UnknownIndicator, "No indicator with this code in the catalogue: add it first (PUT /indicators/{code}).");
    }

    private int Count(ReadOnlySpan<char> text, int row) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : Fail(row, "count", text.ToString(), DatasetRules.InvalidCount, "A count is a whole number, zero or more.");

    private int Fail(int row, string? field, string? value, string rule, string message)
    {
        ErrorCount++;
        if (_errors.Count < ValidationProblems.MaxListedErrors)
        {
            _errors.Add(new ImportError(row, field, value, rule, message));
        }

        return 0;
    }

    private sealed class AggregateSlice(int period, string indicatorCode, int cellCount, bool trackSeen)
    {
        private readonly ulong[]? _seen = trackSeen ? new ulong[(cellCount + 63) / 64] : null;

        public int Period { get; } = period;

        public string IndicatorCode { get; } = indicatorCode;

        public int[] Cells { get; } = new int[cellCount];

        public long Total { get; set; }

        /// <summary>False when the cell was already given.</summary>
        public bool MarkSeen(int cell)
        {
            var mask = 1UL << (cell & 63);
            var seen = (_seen![cell >> 6] & mask) != 0;
            _seen[cell >> 6] |= mask;
            return !seen;
        }
    }
}
