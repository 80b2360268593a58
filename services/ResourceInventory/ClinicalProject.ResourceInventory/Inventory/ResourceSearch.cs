namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// Search parameters shared by every resource list. Each kind accepts the filters that make sense for it
/// (its definition's <c>Filters</c>); naming another is a 400 that says which ones it takes.
/// </summary>
public sealed record ResourceSearch
{
    /// <summary>Free text in names and descriptions.</summary>
    public string? Q { get; init; }

    /// <summary>active (default), retired or all.</summary>
    public string? Status { get; init; }

    /// <summary>Service-program 1–9.</summary>
    public int? Program { get; init; }

    /// <summary>Continuum level (first-line, …).</summary>
    public string? Level { get; init; }

    /// <summary>A territory code (RLS, CLSC, DA…): resources located in it or responsible for it.</summary>
    public string? Territory { get; init; }

    /// <summary>With <see cref="Longitude"/> and <see cref="WithinKm"/>: within that great-circle distance of the point.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public double? WithinKm { get; init; }

    /// <summary>Organisation kind (organizations), or site kind (sites).</summary>
    public string? Type { get; init; }

    public Guid? Organization { get; init; }

    public Guid? Service { get; init; }

    public Guid? Site { get; init; }

    public Guid? ClinicalModel { get; init; }

    /// <summary>Capacities: only the latest measurement per service, site and unit.</summary>
    public bool? Current { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    /// <summary>The suite's paging rule applied to <see cref="Page"/> and <see cref="PageSize"/> (validated by <c>ResourceSearchValidator</c>).</summary>
    public Paging ToPaging() => Paging.From(Page, PageSize, new Dictionary<string, string[]>());

    /// <summary>The filters given in this search, by their query-string names.</summary>
    public IEnumerable<string> GivenFilters()
    {
        if (Program is not null) yield return "program";
        if (!string.IsNullOrWhiteSpace(Level)) yield return "level";
        if (!string.IsNullOrWhiteSpace(Territory)) yield return "territory";
        if (Latitude is not null || Longitude is not null || WithinKm is not null) yield return "proximity";
        if (!string.IsNullOrWhiteSpace(Type)) yield return "type";
        if (Organization is not null) yield return "organization";
        if (Service is not null) yield return "service";
        if (Site is not null) yield return "site";
        if (ClinicalModel is not null) yield return "clinicalModel";
        if (Current is not null) yield return "current";
    }
}
