namespace ClinicalProject.ServiceDefaults.Http;

/// <summary>
/// The one page-size rule of every list endpoint of every service: <c>page</c> from 1 (default 1),
/// <c>pageSize</c> from 1 to <see cref="MaxPageSize"/> (default <see cref="DefaultPageSize"/>). A value out of
/// range is refused with a 400 problem naming the parameter, not clamped: a client that asked for 5,000 rows
/// and silently got 1,000 would take the first page for the whole list (the suite's clients read
/// <c>totalPages</c> and loop). 50 is what a screen shows; 1,000 is the largest page a service-to-service
/// reader (impact reading gaps and profile values, the demo loader) asks for, and keeps one answer well under a
/// megabyte.
/// </summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    /// <summary>How many rows come before this page.</summary>
    public int Skip => (Page - 1) * PageSize;

    /// <summary>The paging, or adds what is wrong to <paramref name="invalid"/> (a validation problem's dictionary).</summary>
    public static Paging From(int? page, int? pageSize, IDictionary<string, string[]> invalid)
    {
        var number = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (number < 1)
        {
            invalid["page"] = ["page: the first page is 1."];
        }

        if (size is < 1 or > MaxPageSize)
        {
            invalid["pageSize"] = [$"pageSize: between 1 and {MaxPageSize}."];
        }

        return new Paging(Math.Max(1, number), Math.Clamp(size, 1, MaxPageSize));
    }
}
