namespace ClinicalProject.ResourceInventory.HealthServices;

/// <summary>Who a service is for: an age range (years, inclusive) and other criteria in words.</summary>
public sealed record Eligibility(int? MinimumAge = null, int? MaximumAge = null, string? Criteria = null);
