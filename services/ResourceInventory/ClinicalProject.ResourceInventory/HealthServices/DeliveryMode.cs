namespace ClinicalProject.ResourceInventory.HealthServices;

/// <summary>How a service reaches people.</summary>
public enum DeliveryMode
{
    OnSite,
    Outreach,
    Virtual,
}
