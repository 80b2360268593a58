using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.Statistics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Indicators;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.ToTable("Indicators");
        indicator.HasKey(i => i.Code);
        indicator.Property(i => i.Code).HasMaxLength(IndicatorValidator.CodeMaxLength);
        indicator.Property(i => i.NameFr).HasMaxLength(IndicatorValidator.NameMaxLength);
        indicator.Property(i => i.NameEn).HasMaxLength(IndicatorValidator.NameMaxLength);
        indicator.Property(i => i.NumeratorDefinition).HasMaxLength(IndicatorValidator.DefinitionMaxLength);
        indicator.Property(i => i.DenominatorDefinition).HasMaxLength(IndicatorValidator.DefinitionMaxLength);
        indicator.Property(i => i.ServicePrograms).HasMaxLength(32).IsUnicode(false);
        indicator.Property(i => i.StandardPopulationCode).HasMaxLength(StandardPopulationConfiguration.CodeMaxLength);
        // Enumerations stored by their wire names, so the table reads like the API.
        indicator.Property(i => i.Domain).HasConversion(v => WireNames<IndicatorDomain>.Name(v), v => WireNames<IndicatorDomain>.Parse(v)).HasMaxLength(32).IsUnicode(false);
        indicator.Property(i => i.MeasureType).HasConversion(v => WireNames<MeasureType>.Name(v), v => WireNames<MeasureType>.Parse(v)).HasMaxLength(32).IsUnicode(false);
        indicator.Property(i => i.Polarity).HasConversion(v => WireNames<Polarity>.Name(v), v => WireNames<Polarity>.Parse(v)).HasMaxLength(16).IsUnicode(false);
        indicator.Property(i => i.NumeratorSource).HasConversion(v => WireNames<NumeratorSource>.Name(v), v => WireNames<NumeratorSource>.Parse(v)).HasMaxLength(16).IsUnicode(false);
        indicator.Property(i => i.Revision).IsConcurrencyToken();
        indicator.HasOne<StandardPopulationRecord>().WithMany().HasForeignKey(i => i.StandardPopulationCode).OnDelete(DeleteBehavior.Restrict);
        indicator.HasData(StarterCatalogue.Indicators);
    }
}
