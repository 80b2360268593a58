namespace ClinicalProject.ServiceDefaults.Http;

/// <summary>
/// The one paging envelope of every list endpoint: one page of a sorted, filtered list with the size of the
/// whole filtered list (<c>{page, pageSize, totalCount, totalPages, items}</c>). See <see cref="Paging"/>.
/// </summary>
public sealed record PagedList<T>(int Page, int PageSize, int TotalCount, int TotalPages, IReadOnlyList<T> Items)
{
    public static PagedList<T> Of(IReadOnlyList<T> items, Paging paging, int totalCount) =>
        new(paging.Page, paging.PageSize, totalCount, (int)Math.Ceiling(totalCount / (double)paging.PageSize), items);
}
