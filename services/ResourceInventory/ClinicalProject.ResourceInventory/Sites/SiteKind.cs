namespace ClinicalProject.ResourceInventory.Sites;

/// <summary>Where services happen: a building, online, or on the move (outreach, as proximity teams work).</summary>
public enum SiteKind
{
    Physical,
    Virtual,
    Mobile,
}
