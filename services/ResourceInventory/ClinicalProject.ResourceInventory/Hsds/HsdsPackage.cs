namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>An HSDS dataset as tables of rows: what the CSV package and the JSON objects both become.</summary>
public sealed class HsdsPackage
{
    private readonly Dictionary<string, List<HsdsRow>> _tables = new(StringComparer.Ordinal);

    public IReadOnlyList<HsdsRow> this[string table] => _tables.TryGetValue(table, out var rows) ? rows : [];

    public IEnumerable<string> TableNames => _tables.Keys;

    public HsdsRow Add(string table, string file, int row)
    {
        var added = new HsdsRow(table, file, row);
        Rows(table).Add(added);
        return added;
    }

    /// <summary>Adds a row with its values in column order (the exporter's way).</summary>
    public HsdsRow Add(HsdsTable table, params (string Column, string? Value)[] values)
    {
        var row = Add(table.Name, table.File, this[table.Name].Count + 1);
        foreach (var (column, value) in values)
        {
            row[column] = value;
        }

        return row;
    }

    private List<HsdsRow> Rows(string table)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            _tables[table] = rows = [];
        }

        return rows;
    }
}
