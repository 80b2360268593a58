using System.Globalization;
using System.Runtime.CompilerServices;
using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Territories;
using ClinicalProject.PopulationProfiling.Territories.Import;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Checks each row of a dataset file and adds it to dense count blocks, one per (period, indicator): the file
/// is never held, only its aggregate (for the whole of Quebec, 13,600 DAs × 38 strata × 4 bytes per block).
/// Collects the first <see cref="ImportErrors.MaxListedErrors"/> errors and then stops being asked.
/// </summary>
public sealed partial class DatasetAggregator
{
    public const int FirstPeriod = 1900;
    public const int LastPeriod = 2100;

    private readonly AggregationTarget _target;
    private readonly List<ImportError> _errors = [];

    // This reader's view of the shared blocks, by (period, indicator): an array lookup per row instead of the
    // shared dictionary's.
    private AggregateSlice?[] _blocks = [];

    /// <param name="countIndicators">Catalogue codes whose numerators are imported counts.</param>
    /// <param name="populationIndicators">Catalogue codes computed from the population (refused in files).</param>
    public DatasetAggregator(DatasetKind kind, TerritoryIndex tree, IReadOnlySet<RecordField> fields,
        IReadOnlyList<string> countIndicators, IReadOnlySet<string> populationIndicators)
        : this(new AggregationTarget(kind, tree, fields, countIndicators, populationIndicators))
    {
        if (kind != DatasetKind.Events && fields.Contains(RecordField.Age) == fields.Contains(RecordField.AgeBand))
        {
            _errors.Add(new ImportError(0, "ageBand", null, DatasetRules.AgeColumns,
                "Give the ages as either an 'ageBand' column (0-4 … 90+) or an 'age' column (single years, 90 and over in 90+), not both."));
            ErrorCount = 1;
        }
    }

    private DatasetAggregator(AggregationTarget target) => _target = target;

    public TerritoryLevel? BaseLevel => _target.BaseLevel;

    public long Rows { get; private set; }

    public int ErrorCount { get; private set; }

    public IReadOnlyList<ImportError> Errors => _errors;

    /// <summary>Enough errors to report: reading on would only make the answer longer.</summary>
    public bool IsFull => _errors.Count >= ImportErrors.MaxListedErrors;

    /// <summary>
    /// A sibling for another part of the same file, read on another thread: it adds into the same blocks
    /// (thread-safe) and keeps its own rows and errors, numbered within its part until <see cref="Absorb"/>.
    /// </summary>
    public DatasetAggregator Fork() => new(_target);

    /// <summary>Takes a sibling's rows and errors in, its row numbers shifted by the rows that precede its part.</summary>
    public void Absorb(DatasetAggregator sibling, long rowsBefore)
    {
        Rows += sibling.Rows;
        ErrorCount += sibling.ErrorCount;
        _errors.AddRange(sibling._errors.Select(e => e with { Row = (int)Math.Min(e.Row + rowsBefore, int.MaxValue) }));
        _errors.Sort((a, b) => a.Row.CompareTo(b.Row));
        if (_errors.Count > ImportErrors.MaxListedErrors)
        {
            _errors.RemoveRange(ImportErrors.MaxListedErrors, _errors.Count - ImportErrors.MaxListedErrors);
        }
    }

    public void Add(IRecordSource source)
    {
        if (source.IsBlank)
        {
            return;
        }

        Rows++;
        var row = (int)Math.Min(source.Row, int.MaxValue);
        if (source.ExtraFields > 0)
        {
            Fail(row, null, null, DatasetRules.ExtraField,
                $"The row has {source.ExtraFields} field(s) more than the header: a decimal comma (12,5) or a stray delimiter? Counts are whole numbers; quote a value that holds the delimiter.");
            return;
        }

        var errorsBefore = ErrorCount;
        var kind = _target.Kind;
        var territory = Territory(source.Text(RecordField.Territory), row);
        var period = kind == DatasetKind.Events ? PeriodOfDate(source.Text(RecordField.Date), row) : Period(source.Text(RecordField.Period), row);
        var band = _target.SingleYears ? BandOfAge(source.Text(RecordField.Age), row) : Band(source.Text(RecordField.AgeBand), row);
        var sex = Sex(source.Text(RecordField.Sex), row);
        var indicator = kind is DatasetKind.Numerators or DatasetKind.Events ? Indicator(source.Text(RecordField.Indicator), row) : 0;
        var count = kind == DatasetKind.Events ? 1 : Count(source.Text(RecordField.Count), row);
        if (ErrorCount > errorsBefore)
        {
            return;
        }

        Store(source, row, territory, period, band, sex, indicator, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Store(IRecordSource source, int row, int territory, int period, int band, int sex, int indicator, int count)
    {
        var slice = SliceFor(period, indicator);
        var cell = Strata.Index(territory, band, (Common.Sex)sex);
        if (_target.CheckDuplicates && !slice.MarkSeen(cell))
        {
            Fail(row, "territory", source.Text(RecordField.Territory).ToString(), DatasetRules.DuplicateCell,
                "This territory, period, age band, sex (and indicator) already has a row: a count is given once.");
            return;
        }

        AddCount(slice, cell, count, row);
    }

    private void AddCount(AggregateSlice slice, int cell, int count, int row)
    {
        if (!slice.Add(cell, count))
        {
            Fail(row, "count", count.ToString(CultureInfo.InvariantCulture), DatasetRules.CountOverflow, "The counts of this cell add up to more than 2,147,483,647.");
        }
    }

    /// <summary>The aggregate, once every row was read without error.</summary>
    public AggregatedDataset Complete()
    {
        if (ErrorCount == 0 && _target.IsEmpty)
        {
            Fail(0, null, null, DatasetRules.NoData, "The file has a header but no data row.");
        }

        return _target.Complete(Rows);
    }

    private AggregateSlice SliceFor(int period, int indicator)
    {
        if (_blocks.Length == 0)
        {
            _blocks = new AggregateSlice?[(LastPeriod - FirstPeriod + 1) * _target.IndicatorCount];
        }

        var index = ((period - FirstPeriod) * _target.IndicatorCount) + indicator;
        return _blocks[index] ??= _target.SliceFor(period, indicator);
    }

    private int Territory(ReadOnlySpan<char> code, int row)
    {
        if (code.IsEmpty)
        {
            return Fail(row, "territory", null, DatasetRules.Required, "Every row names its territory.");
        }

        var tree = _target.Tree;
        if (!tree.TryGetIndex(code, out var index))
        {
            return Fail(row, "territory", code.ToString(), DatasetRules.UnknownTerritory, $"No territory with this code in hierarchy version '{tree.Version}'.");
        }

        var level = tree.Levels[index];
        var baseLevel = _target.EnsureBaseLevel(level);
        if (level != baseLevel)
        {
            return Fail(row, "territory", code.ToString(), DatasetRules.MixedLevels,
                $"This territory is a {level.ToName()}, the file's first one a {baseLevel.ToName()}: a dataset holds one level, the others are rolled up from it.");
        }

        return _target.LocalIndex(index);
    }

    /// <summary>
    /// Digits only. int.TryParse accepts trailing NUL characters (a C-string habit of .NET's number parser), so
    /// <c>12\0</c> would read as 12: a NUL is refused here, on both the text and the byte path.
    /// </summary>
    internal static bool TryParseWhole(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && !text.EndsWith('\0');

    /// <inheritdoc cref="TryParseWhole(ReadOnlySpan{char}, out int)"/>
    internal static bool TryParseWhole(ReadOnlySpan<byte> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && (text.Length == 0 || text[^1] != 0);

    private int Period(ReadOnlySpan<char> text, int row) =>
        TryParseWhole(text, out var year) && year is >= FirstPeriod and <= LastPeriod
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
        TryParseWhole(text.TrimEnd('+'), out var age) && age <= AgeBands.MaxAge
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
        if (_target.Indicators.TryGetValue(code, out var index))
        {
            return index;
        }

        var text = code.ToString();
        return _target.PopulationIndicators.Contains(text)
            ? Fail(row, "indicator", text, DatasetRules.IndicatorFromPopulation, "This indicator is computed from the population itself; it takes no imported counts.")
            : Fail(row, "indicator", text, DatasetRules.UnknownIndicator, "No indicator with this code in the catalogue: add it first (PUT /indicators/{code}).");
    }

    private int Count(ReadOnlySpan<char> text, int row) =>
        TryParseWhole(text, out var count)
            ? count
            : Fail(row, "count", text.ToString(), DatasetRules.InvalidCount, "A count is a whole number, zero or more.");

    private int Fail(int row, string? field, string? value, string rule, string message)
    {
        ErrorCount++;
        if (_errors.Count < ImportErrors.MaxListedErrors)
        {
            _errors.Add(new ImportError(row, field, value, rule, message));
        }

        return 0;
    }
}
