namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>A volume the agreement sets, such as 1,200 assessments per year.</summary>
public sealed record AgreementVolume(string Description, decimal Quantity, string Unit, string? Period = null);
