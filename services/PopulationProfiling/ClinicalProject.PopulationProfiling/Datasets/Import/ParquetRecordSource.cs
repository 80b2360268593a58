using ClinicalProject.PopulationProfiling.Territories.Import;
using ClinicalProject.Tabular;
using Parquet;
using Parquet.Schema;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// A Parquet dataset file as an <see cref="IRecordSource"/>: one row group in memory at a time (writers keep
/// them to a few hundred thousand rows), columns matched by name like CSV headers, numbers and dates formatted
/// as text for the shared checks.
/// </summary>
public sealed class ParquetRecordSource : IRecordSource
{
    /// <summary>Beyond this a row group's count is damage, not data (writers keep them to a few hundred thousand).</summary>
    private const long MaxRowsPerGroup = 1 << 24;

    private readonly ParquetReader _reader;
    private readonly ParquetColumn?[] _columns;
    private readonly long _totalRows;
    private readonly char[][] _buffers;
    private int _rowGroup = -1;
    private int _rowInGroup;
    private int _rowsInGroup;
    private long _rowsBefore;

    private ParquetRecordSource(ParquetReader reader, ParquetColumn?[] columns, HashSet<RecordField> fields)
    {
        _reader = reader;
        _columns = columns;
        Fields = fields;
        _totalRows = reader.RowGroups.Sum(g => g.RowCount);
        _buffers = columns.Select(_ => new char[64]).ToArray();
    }

    public IReadOnlySet<RecordField> Fields { get; }

    public long Row { get; private set; }

    public double Progress => _totalRows == 0 ? 1 : (double)Row / _totalRows;

    public bool IsBlank => false; // Parquet has no blank lines

    public int ExtraFields => 0; // a Parquet row has exactly its schema's columns

    public static async Task<(IRecordSource? Source, IReadOnlyList<ImportError> Errors)> OpenAsync(
        Stream file, DatasetKind kind, CancellationToken cancellationToken)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(file, leaveStreamOpen: true, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or NotSupportedException || exception.GetType().Namespace?.StartsWith("Parquet", StringComparison.Ordinal) == true)
        {
            return (null, [new ImportError(0, null, null, ImportRules.InvalidParquet, $"The file is not a readable Parquet file ({exception.Message}).")]);
        }

        var errors = new List<ImportError>();
        var layout = DatasetLayouts.Columns(kind);
        var columns = new ParquetColumn?[Enum.GetValues<RecordField>().Length];
        var fields = new HashSet<RecordField>();
        foreach (var dataField in reader.Schema.GetDataFields())
        {
            var column = layout.FirstOrDefault(c => c.Aliases.Prepend(c.Name).Contains(dataField.Name, StringComparer.OrdinalIgnoreCase));
            if (column is null)
            {
                errors.Add(new ImportError(0, dataField.Name, dataField.Name, ImportRules.UnknownColumn,
                    $"Unknown column '{dataField.Name}'; the columns are {string.Join(", ", layout.Select(c => c.Name))}."));
                continue;
            }

            var field = DatasetLayouts.FieldOf(column.Name);
            if (!fields.Add(field))
            {
                errors.Add(new ImportError(0, column.Name, dataField.Name, ImportRules.DuplicateColumn, $"Column '{column.Name}' appears twice."));
                continue;
            }

            columns[(int)field] = ParquetColumn.For(dataField);
            if (columns[(int)field] is null)
            {
                errors.Add(new ImportError(0, column.Name, dataField.ClrType.Name, ImportRules.InvalidCsv,
                    $"Column '{dataField.Name}' has the Parquet type {dataField.ClrType.Name}; use a string, an integer or a date."));
            }
        }

        foreach (var required in layout.Where(c => c.Required && !fields.Contains(DatasetLayouts.FieldOf(c.Name))))
        {
            errors.Add(new ImportError(0, required.Name, null, ImportRules.MissingColumn, $"The file has no '{required.Name}' column."));
        }

        if (errors.Count > 0)
        {
            await reader.DisposeAsync();
            return (null, errors);
        }

        return (new ParquetRecordSource(reader, columns, fields), errors);
    }

    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (_rowInGroup + 1 >= _rowsInGroup)
        {
            if (_rowGroup + 1 >= _reader.RowGroupCount)
            {
                return false;
            }

            _rowsBefore += _rowsInGroup;
            _rowGroup++;
            await LoadRowGroupAsync(cancellationToken);
        }

        _rowInGroup++;
        Row = _rowsBefore + _rowInGroup + 1;
        return true;
    }

    /// <summary>
    /// Opening the file reads only its footer: a damaged page (bad compression, Thrift, counts) shows only when
    /// its row group is decoded, and the Parquet library then throws whatever its decoder met (overflow, index,
    /// null reference). Any of them means the same thing: this row group cannot be read, and the file is refused.
    /// </summary>
    private async Task LoadRowGroupAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var group = _reader.OpenRowGroupReader(_rowGroup);
            if (group.RowCount is < 0 or > MaxRowsPerGroup)
            {
                throw new InvalidDataException($"it claims {group.RowCount} rows; a row group holds at most {MaxRowsPerGroup}");
            }

            _rowsInGroup = (int)group.RowCount;
            _rowInGroup = -1;
            foreach (var column in _columns)
            {
                if (column is not null)
                {
                    await column.LoadAsync(group, _rowsInGroup, cancellationToken);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var firstRow = (int)Math.Min(_rowsBefore + 1, int.MaxValue);
            throw new DatasetFileException(new ImportError(firstRow, "rowGroup", _rowGroup.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ImportRules.InvalidParquet, $"Row group {_rowGroup} of the Parquet file (from row {firstRow}) cannot be read ({exception.Message}); the file is damaged. Nothing was imported."));
        }
    }

    public ReadOnlySpan<char> Text(RecordField field)
    {
        var column = _columns[(int)field];
        return column is null ? [] : column.Text(_rowInGroup, _buffers[(int)field]).Trim();
    }

    public ValueTask DisposeAsync() => _reader.DisposeAsync();
}
