using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.Imports;

/// <summary>
/// A batch import that committed: its content hash (so the same batch sent again is recognised by what it holds,
/// whichever item comes first) and the ids its items were given.
/// </summary>
public sealed class BatchImport
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 (hex) of the items as canonical JSON: formatting and property order outside bodies do not matter.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public int ItemCount { get; set; }

    /// <summary>Item key → resource id, as JSON.</summary>
    public string Ids { get; set; } = "{}";

    public DateTime ImportedAtUtc { get; set; }

    public string ImportedBy { get; set; } = string.Empty;
}

public static class BatchImportModel
{
    public static ModelBuilder ApplyBatchImports(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BatchImport>(import =>
        {
            import.ToTable("BatchImports");
            import.HasKey(i => i.Id);
            import.Property(i => i.ContentHash).HasMaxLength(64).IsRequired();
            import.HasIndex(i => i.ContentHash).IsUnique();
            import.Property(i => i.ImportedBy).HasMaxLength(200).IsRequired();
            import.Property(i => i.Ids).IsRequired();
        });
        return modelBuilder;
    }
}
