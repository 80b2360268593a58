namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>How often the parties report on an agreement.</summary>
public enum ReportingFrequency
{
    Monthly,
    Quarterly,

    /// <summary>Every four weeks, the MSSS financial period.</summary>
    Periodic,
    SemiAnnual,
    Annual,
}
