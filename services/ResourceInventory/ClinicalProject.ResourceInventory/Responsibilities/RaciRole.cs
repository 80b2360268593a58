namespace ClinicalProject.ResourceInventory.Responsibilities;

/// <summary>The RACI roles.</summary>
public enum RaciRole
{
    Responsible,
    Accountable,
    Consulted,
    Informed,
}
