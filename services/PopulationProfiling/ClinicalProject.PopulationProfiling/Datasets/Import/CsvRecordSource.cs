using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Territories.Import;
using Sylvan.Data.Csv;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>A CSV dataset file (UTF-8, comma or semicolon, header row) as an <see cref="IRecordSource"/>.</summary>
public sealed class CsvRecordSource : IRecordSource
{
    private readonly Stream _file;
    private readonly StreamReader _text;
    private readonly CsvDataReader _csv;
    private readonly int[] _ordinals;

    private CsvRecordSource(Stream file, StreamReader text, CsvDataReader csv, int[] ordinals, HashSet<RecordField> fields)
    {
        _file = file;
        _text = text;
        _csv = csv;
        _ordinals = ordinals;
        Fields = fields;
    }

    public IReadOnlySet<RecordField> Fields { get; }

    /// <summary>The column ordinal of each <see cref="RecordField"/> (-1 when absent), for the readers of the file's other parts.</summary>
    internal IReadOnlyList<int> Ordinals => _ordinals;

    public long Row { get; private set; }

    public double Progress => _file.Length == 0 ? 1 : (double)_file.Position / _file.Length;

    public bool IsBlank => _csv.RowFieldCount <= 1 && _csv.IsBlankRow();

    public int ExtraFields => Math.Max(0, _csv.RowFieldCount - _csv.FieldCount);

    /// <summary>The header's field count, which the readers of the file's other parts compare rows with.</summary>
    internal int HeaderFields => _csv.FieldCount;

    /// <summary>Opens the file and maps its header; header problems come back as errors and no source.</summary>
    public static async Task<(IRecordSource? Source, IReadOnlyList<ImportError> Errors)> OpenAsync(
        Stream file, DatasetKind kind, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        StreamReader? text = null;
        try
        {
            (var csv, text) = await CsvFile.OpenAsync(file, cancellationToken);
            var columns = CsvFile.MapColumns(csv, DatasetLayouts.Columns(kind), errors);
            if (errors.Count > 0)
            {
                await csv.DisposeAsync();
                text.Dispose();
                return (null, errors);
            }

            var ordinals = Enumerable.Repeat(-1, Enum.GetValues<RecordField>().Length).ToArray();
            var fields = new HashSet<RecordField>();
            foreach (var (column, ordinal) in columns)
            {
                var field = DatasetLayouts.FieldOf(column);
                ordinals[(int)field] = ordinal;
                fields.Add(field);
            }

            return (new CsvRecordSource(file, text, csv, ordinals, fields), errors);
        }
        catch (Exception exception) when (CsvFile.Translate(exception, 0, DatasetLayouts.Header(kind)) is { } error)
        {
            text?.Dispose();
            return (null, [error]);
        }
    }

    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        // The upload is already on local disk: a synchronous read per row (buffered 64 KiB at a time) costs
        // a third less than an asynchronous one, and the job is CPU-bound either way.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (!_csv.Read())
            {
                return ValueTask.FromResult(false);
            }
        }
        catch (Exception exception) when (CsvFile.Translate(exception, (int)Math.Min(Row, int.MaxValue), "") is { } error)
        {
            throw new DatasetFileException(error);
        }

        Row++;
        return ValueTask.FromResult(true);
    }

    public ReadOnlySpan<char> Text(RecordField field)
    {
        var ordinal = _ordinals[(int)field];
        return ordinal < 0 || ordinal >= _csv.RowFieldCount ? [] : _csv.GetFieldSpan(ordinal).Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        _text.Dispose();
    }
}
