namespace ClinicalProject.Contracts;

/// <summary>
/// The stable name an integration event is stored under until it is sent (the services' outboxes), whatever its
/// class is called and wherever it lives: a record can be renamed or moved freely, never its contract name. A new
/// incompatible shape is a new contract with a new name (…/v2).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContractNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
