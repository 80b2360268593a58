namespace ClinicalProject.ResourceInventory.HealthServices;

/// <summary>
/// One weekly opening period, in local time (America/Toronto, which Quebec follows), optionally at one of the
/// service's sites only and within a validity period.
/// </summary>
public sealed record WeeklyHours(
    Weekday? Day,
    TimeOnly? OpensAt,
    TimeOnly? ClosesAt,
    Guid? SiteId = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null,
    string? Notes = null);
