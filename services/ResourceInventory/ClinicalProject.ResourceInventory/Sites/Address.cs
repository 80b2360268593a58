namespace ClinicalProject.ResourceInventory.Sites;

/// <summary>A postal address, with HSDS's fields (<c>address</c>).</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code (CA).</param>
public sealed record Address(
    string Address1,
    string City,
    string StateProvince,
    string PostalCode,
    string Country,
    string? Address2 = null,
    string? Region = null,
    string? Attention = null);
