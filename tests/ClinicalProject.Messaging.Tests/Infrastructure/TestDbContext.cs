using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.Messaging.Tests.Infrastructure;

/// <summary>A service's own database in miniature: one entity table plus the outbox and inbox tables.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<OrderRecord> Orders => Set<OrderRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyMessagingTables();
        modelBuilder.Entity<OrderRecord>(order =>
        {
            order.ToTable("Orders");
            order.HasKey(o => o.Id);
            order.Property(o => o.Note).HasMaxLength(200);
        });
    }
}

/// <summary>An order a publisher saved, or the effect a consumer applied.</summary>
public sealed class OrderRecord
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public required string Note { get; set; }
}
