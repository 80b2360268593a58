using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalProject.PopulationProfiling.StandardPopulations;

internal sealed class StandardPopulationConfiguration : IEntityTypeConfiguration<StandardPopulationRecord>
{
    public const int CodeMaxLength = 64;

    public void Configure(EntityTypeBuilder<StandardPopulationRecord> population)
    {
        population.ToTable("StandardPopulations");
        population.HasKey(p => p.Code);
        population.Property(p => p.Code).HasMaxLength(CodeMaxLength);
        population.Property(p => p.NameFr).HasMaxLength(200);
        population.Property(p => p.NameEn).HasMaxLength(200);
        population.Property(p => p.Weights).HasMaxLength(1000).IsUnicode(false);
        population.HasData(StandardPopulationCatalogue.BuiltIn());
    }
}
