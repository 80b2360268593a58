namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>A service agreement as submitted and read.</summary>
public sealed record ServiceAgreementBody(
    string Title,
    int? Program,
    IReadOnlyList<AgreementParty>? Parties,
    DateOnly? ValidFrom,
    DateOnly? ValidTo = null,
    string? Description = null,
    IReadOnlyList<AgreementVolume>? Volumes = null,
    IReadOnlyList<MaximumDelay>? MaximumDelays = null,
    string? AccessCriteria = null,
    ReferralMethod? ReferralMethod = null,
    ReportingFrequency? ReportingFrequency = null,
    IReadOnlyList<ReportedDelay>? ReportedDelays = null);
