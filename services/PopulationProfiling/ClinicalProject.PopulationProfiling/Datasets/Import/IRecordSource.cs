namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// A dataset file read row by row without holding it: CSV or Parquet behind one face. Every field is seen as
/// text (Parquet numbers are formatted), so both formats go through the same checks and the same error
/// messages; the span is valid until the next <see cref="ReadAsync"/>.
/// </summary>
public interface IRecordSource : IAsyncDisposable
{
    /// <summary>The fields the file has (its header or schema, mapped to canonical names).</summary>
    IReadOnlySet<RecordField> Fields { get; }

    /// <summary>1-based data row of the current record.</summary>
    long Row { get; }

    /// <summary>How much of the file has been read, 0 to 1.</summary>
    double Progress { get; }

    ValueTask<bool> ReadAsync(CancellationToken cancellationToken);

    /// <summary>The current row's field, trimmed; empty when absent or blank.</summary>
    ReadOnlySpan<char> Text(RecordField field);

    /// <summary>Whether the current row is an empty line (skipped); a row of only delimiters is not blank but empty fields.</summary>
    bool IsBlank { get; }

    /// <summary>
    /// How many fields the current row has beyond the header's (0 when none): such a row is refused, since a
    /// decimal comma (<c>12,5</c>) or a stray delimiter would otherwise be read as another value and dropped.
    /// </summary>
    int ExtraFields { get; }
}
