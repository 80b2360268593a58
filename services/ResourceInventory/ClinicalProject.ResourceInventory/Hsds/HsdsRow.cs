namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>One row of an HSDS table, as text, with where it came from (for row-level errors).</summary>
/// <param name="File">The CSV file, or the JSON path of the object.</param>
/// <param name="Row">1-based data row in a CSV file (the header is not counted); 1-based position of the top-level object in JSON.</param>
public sealed class HsdsRow(string table, string file, int row)
{
    public string Table { get; } = table;

    public string File { get; } = file;

    public int Row { get; } = row;

    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public string? this[string column]
    {
        get => Values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        set => Values[column] = value;
    }
}
