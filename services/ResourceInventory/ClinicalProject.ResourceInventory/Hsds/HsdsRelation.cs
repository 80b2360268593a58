namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>
/// How HSDS nests one table in another in its JSON objects: <paramref name="Child"/> rows whose
/// <paramref name="ForeignKey"/> is the parent's id appear in the parent's <paramref name="Property"/> array
/// (or, for <paramref name="IsObject"/>, the row the parent's <paramref name="ForeignKey"/> names appears as one object).
/// </summary>
/// <param name="LinkEntity">For attributes: the parent's table as <c>link_entity</c> names it.</param>
public sealed record HsdsRelation(string Parent, string Property, string Child, string ForeignKey, bool IsObject = false, string? LinkEntity = null);
