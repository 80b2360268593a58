namespace ClinicalProject.PopulationProfiling.Common;

/// <summary>A validated page request: page from 1, size from 1 to <see cref="MaxPageSize"/>.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The paging, or adds what is wrong to <paramref name="invalid"/> (a validation problem's dictionary).</summary>
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
