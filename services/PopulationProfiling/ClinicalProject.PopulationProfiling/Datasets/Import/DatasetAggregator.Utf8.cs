using System.Globalization;
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

    /// <summary>
    /// When every field is in its plain form (ASCII, unpadded, a known code, digits), the text path would accept
    /// the row with the same values, so it is added at once; any other row (blank, padded, misspelt, wrong)
    /// goes through <see cref="Add(IRecordSource)"/>, which has the rules and the error messages.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Add(Utf8PartSource source)
    {
        if (!TryParsePlain(source, out var territory, out var period, out var band, out var sex, out var indicator, out var count))
        {
            Add((IRecordSource)source);
            return;
        }

        Rows++;
        Store(source, (int)Math.Min(source.Row, int.MaxValue), territory, period, band, sex, indicator, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryParsePlain(Utf8PartSource source, out int territory, out int period, out int band, out int sex, out int indicator, out int count)
    {
        var kind = _target.Kind;
        (territory, period, band, indicator, count) = (-1, 0, 0, 0, 1);
        if (!_target.TerritoryBytes.TryGet(source.Bytes(RecordField.Territory), out var index)
            || (territory = _target.BaseLevelIndex(index)) < 0
            || !Sexes.TryGet(source.Bytes(RecordField.Sex), out sex))
        {
            sex = 0;
            return false;
        }

        var periodOk = kind == DatasetKind.Events
            ? IsoDate.TryParseYear(source.Bytes(RecordField.Date), out period)
            : int.TryParse(source.Bytes(RecordField.Period), NumberStyles.None, CultureInfo.InvariantCulture, out period);
        if (!periodOk || period is < FirstPeriod or > LastPeriod)
        {
            return false;
        }

        if (_target.SingleYears)
        {
            if (!int.TryParse(source.Bytes(RecordField.Age), NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age > AgeBands.MaxAge)
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
               || int.TryParse(source.Bytes(RecordField.Count), NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }
}
