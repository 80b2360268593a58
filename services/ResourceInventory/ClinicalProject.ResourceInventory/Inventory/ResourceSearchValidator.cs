namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>The rules of <see cref="ResourceSearch"/>.</summary>
public static class ResourceSearchValidator
{
    public const double MaxRadiusKm = 1000;

    public static FieldErrors Validate(ResourceSearch search, IReadOnlySet<string> supported, string route)
    {
        var errors = new FieldErrors();
        foreach (var filter in search.GivenFilters().Where(f => !supported.Contains(f)))
        {
            errors.Add(filter == "proximity" ? "withinKm" : filter,
                $"/{route} cannot be filtered by {filter}; its filters are: {string.Join(", ", supported.Order().DefaultIfEmpty("none"))}.");
        }

        if (search.Status is { } status && status.ToLowerInvariant() is not ("active" or "retired" or "all"))
        {
            errors.Add("status", "status must be active, retired or all.");
        }

        if (search.Program is { } program)
        {
            errors.Program("program", program);
        }

        errors.EnumText<ContinuumLevel>("level", search.Level);

        var proximityParts = new[] { search.Latitude, search.Longitude, search.WithinKm };
        if (proximityParts.Any(p => p is not null) && proximityParts.Any(p => p is null))
        {
            errors.Add("withinKm", "A proximity search needs latitude, longitude and withinKm together.");
        }

        errors.Range("latitude", search.Latitude, -90, 90);
        errors.Range("longitude", search.Longitude, -180, 180);
        errors.Range("withinKm", search.WithinKm, 0, MaxRadiusKm);
        var paging = new Dictionary<string, string[]>();
        Paging.From(search.Page, search.PageSize, paging);
        foreach (var (field, messages) in paging)
        {
            errors.Add(field, messages[0]);
        }

        return errors;
    }
}
