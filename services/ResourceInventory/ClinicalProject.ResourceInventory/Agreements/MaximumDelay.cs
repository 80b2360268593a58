namespace ClinicalProject.ResourceInventory.Agreements;

/// <summary>The longest wait the agreement allows for a priority (such as P1 urgent: 3 days).</summary>
public sealed record MaximumDelay(string Priority, int Days);
