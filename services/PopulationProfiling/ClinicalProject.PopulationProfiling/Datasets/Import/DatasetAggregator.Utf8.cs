using System.Runtime.CompilerServices;
using ClinicalProject.PopulationProfiling.Common;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Rows of a split CSV file, checked straight from their UTF-8 bytes: decoding every field of ten million rows to
/// text and looking it up as text was most of an import's time.
/// </summary>
public sealed partial class DatasetAggregator
{
    private static readonly Utf8Lookup BandLabels = new(AgeBands.Labels.Select((label, band) => KeyValuePair.Create(label, band)));

    private static readonly Utf8Lookup Sexes = new([
        KeyValuePair.Create("F", (int)Common.Sex.Female), KeyValuePair.Create("f", (int)Common.Sex.Female),
        KeyValuePair.Create("M", (int)Common.Sex.Male), KeyValuePair.Create("m", (int)Common.Sex.Male),
    ]);

    // A plain row's add, done once the next row is parsed (see Add).
    private (AggregateSlice? Slice, int Cell, int Count, int Row) _pending;

    /// <summary>
    /// When every field is in its plain form (ASCII, unpadded, a known code, digits), the text path would accept
    /// the row with the same values, so it is added without it; any other row (blank, padded, misspelt, wrong)
    /// goes through <see cref="Add(IRecordSource)"/>, which has the rules and the error messages. The reader
    /// calls <see cref="Flush"/> after its last row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Add(Utf8PartSource source)
    {
        if (!TryParsePlain(source, out var territory, out var period, out var band, out var sex, out var indicator, out var count))
        {
            Flush();
            Add((IRecordSource)source);
            return;
        }

        Rows++;
        var row = (int)Math.Min(source.Row, int.MaxValue);
        if (_target.CheckDuplicates)
        {
            Flush();
            Store(source, row, territory, period, band, sex, indicator, count); // a duplicate's error quotes the row
            return;
        }

        // The add waits for the next row: its cell is fetched from memory while that row is parsed.
        var slice = SliceFor(period, indicator);
        var cell = Strata.Index(territory, band, (Common.Sex)sex);
        slice.Prefetch(cell);
        Flush();
        _pending = (slice, cell, count, row);
    }

    /// <summary>Adds the row still pending: at the end of a part, and before a row goes the text way.</summary>
    internal void Flush()
    {
        if (_pending.Slice is not { } slice)
        {
            return;
        }

        var (_, cell, count, row) = _pending;
        _pending = default;
        AddCount(slice, cell, count, row);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryParsePlain(Utf8PartSource source, out int territory, out int period, out int band, out int sex, out int indicator, out int count)
    {
        var kind = _target.Kind;
        (territory, period, band, indicator, count) = (-1, 0, 0, 0, 1);
        if (source.ExtraFields > 0 // refused by the text path, which names the rule
            || !_target.TerritoryBytes.TryGet(source.Bytes(RecordField.Territory), out var index)
            || (territory = _target.BaseLevelIndex(index)) < 0
            || !Sexes.TryGet(source.Bytes(RecordField.Sex), out sex))
        {
            sex = 0;
            return false;
        }

        var periodOk = kind == DatasetKind.Events
            ? IsoDate.TryParseYear(source.Bytes(RecordField.Date), out period)
            : TryParseWhole(source.Bytes(RecordField.Period), out period);
        if (!periodOk || period is < FirstPeriod or > LastPeriod)
        {
            return false;
        }

        if (_target.SingleYears)
        {
            if (!TryParseWhole(source.Bytes(RecordField.Age), out var age) || age > AgeBands.MaxAge)
            {
                return false;
            }

            band = AgeBands.OfAge(age);
        }
        else if (!BandLabels.TryGet(source.Bytes(RecordField.AgeBand), out band))
        {
            return false;
        }

        if (kind is DatasetKind.Numerators or DatasetKind.Events && !_target.IndicatorBytes.TryGet(source.Bytes(RecordField.Indicator), out indicator))
        {
            return false;
        }

        return kind == DatasetKind.Events
               || TryParseWhole(source.Bytes(RecordField.Count), out count);
    }
}
