using System.Net.Http.Json;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>Reads every page of another service's paged list (the suite's <see cref="PagedList{T}"/>).</summary>
public static class PagedSource
{
    /// <summary>The largest page the suite's paging rule allows: the fewest round trips.</summary>
    public const int PageSize = Paging.MaxPageSize;

    /// <param name="http">The client (its base address and the service's own token).</param>
    /// <param name="url">The relative address of page n (1-based), asking for <see cref="PageSize"/> items.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<List<T>> ReadAllAsync<T>(HttpClient http, Func<int, string> url, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        for (var page = 1; ; page++)
        {
            var address = url(page);
            var result = await http.GetFromJsonAsync<PagedList<T>>(address, cancellationToken)
                ?? throw new InvalidOperationException($"{http.BaseAddress} returned no body for {address}.");
            items.AddRange(result.Items);
            if (page >= result.TotalPages || result.Items.Count == 0)
            {
                return items;
            }
        }
    }

    /// <summary>The base address of a source: configuration <paramref name="key"/>, else <paramref name="fallback"/> (service discovery).</summary>
    public static Uri Address(IConfiguration configuration, string key, string fallback)
    {
        var configured = configuration[key];
        return new Uri((string.IsNullOrWhiteSpace(configured) ? fallback : configured).TrimEnd('/') + "/");
    }
}
