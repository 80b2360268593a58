namespace ClinicalProject.ResourceInventory.ClinicalModels;

/// <summary>What the partners decided for a model where it runs (or should).</summary>
public enum CollaborationDecision
{
    Keep,
    Reinforce,
    New,
}
