namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>One broken rule: the field's JSON path, a message for a person, the rule's stable id.</summary>
public sealed record FieldError(string Field, string Message, string Rule);
