namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>Turns a sparse travel-time matrix into reach chunks, checking every entry first.</summary>
internal static class MatrixReach
{
    public static void AddErrors(List<AccessibilityInputError> errors, TravelTimeMatrix matrix,
        IReadOnlyList<DemandPoint> demand, IReadOnlyList<SupplyPoint> supply)
    {
        if (matrix.Entries is null)
        {
            errors.Add(new("travelTimes", "A travel-time matrix needs its entries."));
            return;
        }

        var areas = IndexOf(demand.Select(d => d?.Code));
        var sites = IndexOf(supply.Select(s => s?.Id));
        var seen = new Dictionary<(int, int), int>();
        for (var e = 0; e < matrix.Entries.Count; e++)
        {
            var entry = matrix.Entries[e];
            if (entry is null)
            {
                errors.Add(new($"travelTimes[{e}]", "A travel-time entry is required."));
                continue;
            }

            var known = true;
            if (entry.OriginCode is null || !areas.TryGetValue(entry.OriginCode, out var area))
            {
                errors.Add(new($"travelTimes[{e}].originCode", $"'{entry.OriginCode}' is not the code of a demand point."));
                known = false;
                area = -1;
            }

            if (entry.SiteId is null || !sites.TryGetValue(entry.SiteId, out var site))
            {
                errors.Add(new($"travelTimes[{e}].siteId", $"'{entry.SiteId}' is not the id of a supply point."));
                known = false;
                site = -1;
            }

            if (!double.IsFinite(entry.Minutes) || entry.Minutes < 0)
            {
                errors.Add(new($"travelTimes[{e}].minutes",
                    $"A travel time is a finite number of minutes ≥ 0, not {InputValidation.Format(entry.Minutes)}."));
            }

            if (known && !seen.TryAdd((area, site), e))
            {
                errors.Add(new($"travelTimes[{e}]",
                    $"The pair ('{entry.OriginCode}', '{entry.SiteId}') already appears at travelTimes[{seen[(area, site)]}]; each pair appears once."));
            }
        }
    }

    /// <summary>Builds the chunks from a matrix already checked by <see cref="AddErrors"/>.</summary>
    public static ReachChunk[] Build(TravelTimeMatrix matrix, IReadOnlyList<DemandPoint> demand,
        IReadOnlyList<SupplyPoint> supply, double maximumMinutes)
    {
        var areas = IndexOf(demand.Select(d => d.Code));
        var sites = IndexOf(supply.Select(s => s.Id));
        var counts = new int[demand.Count];
        var kept = new List<(int Area, int Site, double Minutes)>(matrix.Entries.Count);
        foreach (var entry in matrix.Entries)
        {
            if (entry.Minutes <= maximumMinutes)
            {
                var area = areas[entry.OriginCode];
                kept.Add((area, sites[entry.SiteId], entry.Minutes));
                counts[area]++;
            }
        }

        // Within an area, pairs in site order: the result does not depend on the order of the matrix's rows.
        kept.Sort((a, b) => a.Area != b.Area ? a.Area.CompareTo(b.Area) : a.Site.CompareTo(b.Site));
        var chunkCount = ReachChunk.ChunkCount(demand.Count);
        var chunks = new ReachChunk[chunkCount];
        var at = 0;
        for (var c = 0; c < chunkCount; c++)
        {
            var (first, count) = ReachChunk.Range(demand.Count, chunkCount, c);
            var starts = new int[count + 1];
            for (var k = 0; k < count; k++)
            {
                starts[k + 1] = starts[k] + counts[first + k];
            }

            var pairSites = new int[starts[count]];
            var pairMinutes = new double[starts[count]];
            for (var p = 0; p < pairSites.Length; p++, at++)
            {
                pairSites[p] = kept[at].Site;
                pairMinutes[p] = kept[at].Minutes;
            }

            chunks[c] = new ReachChunk(first, starts, pairSites, pairMinutes);
        }

        return chunks;
    }

    private static Dictionary<string, int> IndexOf(IEnumerable<string?> keys)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var key in keys)
        {
            if (key is not null)
            {
                index.TryAdd(key, i);
            }

            i++;
        }

        return index;
    }
}
