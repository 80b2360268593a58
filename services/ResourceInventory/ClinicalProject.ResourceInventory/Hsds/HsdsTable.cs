namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>One HSDS 3.0 table: its name, its file in the tabular package, the columns the inventory reads and writes.</summary>
/// <param name="Numeric">Columns HSDS types as number (written as JSON numbers).</param>
public sealed record HsdsTable(string Name, string File, IReadOnlyList<string> Columns, IReadOnlySet<string> Numeric)
{
    public HsdsTable(string name, params string[] columns)
        : this(name, name + ".csv", columns, new HashSet<string>())
    {
    }

    /// <summary>
    /// Columns HSDS requires that the inventory may not hold (an organisation's description): written empty in
    /// JSON rather than left out, so each object is valid HSDS; an empty value reads back as none.
    /// </summary>
    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();
}
