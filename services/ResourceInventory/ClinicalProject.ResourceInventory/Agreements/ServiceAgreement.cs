using ClinicalProject.ResourceInventory.Inventory;

namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>A service agreement (entente de services) between organisations for a program.</summary>
public sealed class ServiceAgreement : InventoryEntity
{
    public string Title { get; set; } = "";

    public int Program { get; set; }

    public string? Description { get; set; }

    public List<AgreementParty> Parties { get; set; } = [];

    /// <summary>Denormalised from <see cref="Parties"/> so searches by organisation run in the database.</summary>
    public List<Guid> PartyIds { get; set; } = [];

    public List<AgreementVolume> Volumes { get; set; } = [];

    public List<MaximumDelay> MaximumDelays { get; set; } = [];

    public List<ReportedDelay> ReportedDelays { get; set; } = [];

    public string? AccessCriteria { get; set; }

    public ReferralMethod? ReferralMethod { get; set; }

    public ReportingFrequency? ReportingFrequency { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
