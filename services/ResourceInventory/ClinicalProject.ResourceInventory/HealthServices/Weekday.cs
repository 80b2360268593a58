namespace ClinicalProject.ResourceInventory.HealthServices;

/// <summary>Days of the week, Monday first as in Quebec's schedules (RFC 5545's MO…SU in HSDS).</summary>
public enum Weekday
{
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}
