namespace ClinicalProject.GapAnalysis.Common;

/// <summary>A validated page request: page from 1, size from 1 to <see cref="MaxPageSize"/>.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public int Skip => (Page - 1) * PageSize;

    public static Paging From(int? page, int? pageSize, Dictionary<string, string[]> invalid)
    {
        var number = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (number < 1)
        {
            invalid["page"] = ["The first page is 1."];
        }

        if (size is < 1 or > MaxPageSize)
        {
            invalid["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        }

        return new Paging(Math.Max(1, number), Math.Clamp(size, 1, MaxPageSize));
    }
}

/// <summary>One page of a sorted, filtered list, with the size of the whole filtered list.</summary>
public sealed record PagedList<T>(int Page, int PageSize, int TotalCount, int TotalPages, IReadOnlyList<T> Items)
{
    public static PagedList<T> Of(IReadOnlyList<T> items, Paging paging, int totalCount) =>
        new(paging.Page, paging.PageSize, totalCount, (int)Math.Ceiling(totalCount / (double)paging.PageSize), items);
}
