using static ClinicalProject.ResourceInventory.Hsds.HsdsSchema;

namespace ClinicalProject.ResourceInventory.Hsds;

/// <summary>Checks that every child row of an HSDS package (phone, address, schedule, attribute…) belongs to a row the package holds.</summary>
public static class HsdsOwnership
{
    /// <summary>Child rows must belong to a row of the package: a phone of a service the file does not hold would be lost silently.</summary>
    public static void Check(HsdsPackage package, HsdsFieldReader read, IEnumerable<Guid> organizations, IEnumerable<Guid> sites, IEnumerable<Guid> services, IEnumerable<Guid> capacities)
    {
        var owners = new Dictionary<string, HashSet<Guid>>
        {
            ["organization_id"] = [.. organizations], ["location_id"] = [.. sites], ["service_id"] = [.. services],
        };
        var entities = new Dictionary<string, HashSet<Guid>>
        {
            ["organization"] = owners["organization_id"], ["location"] = owners["location_id"], ["service"] = owners["service_id"], ["service_capacity"] = [.. capacities],
        };
        foreach (var table in new[] { OrganizationIdentifier, HsdsSchema.Address, Accessibility, ServiceAtLocation, Schedule, HsdsSchema.Phone, Language })
        {
            foreach (var row in package[table.Name])
            {
                var links = owners.Keys.Where(c => table.Columns.Contains(c) && row[c] is not null && c != (table == ServiceAtLocation ? "location_id" : "")).ToList();
                if (links.Count == 0)
                {
                    read.Error(row, null, "orphan-row", $"This {table.Name} row belongs to no organization, location or service.");
                }

                foreach (var column in links.Where(c => Guid.TryParse(row[c], out var id) && !owners[c].Contains(id)))
                {
                    read.Error(row, column, "unknown-reference", $"The package has no {column[..^3]} with this id.");
                }
            }
        }

        foreach (var row in package[HsdsSchema.Attribute.Name].Where(r => r["link_entity"] is { } e && entities.ContainsKey(e)))
        {
            if (Guid.TryParse(row["link_id"], out var id) && !entities[row["link_entity"]!].Contains(id))
            {
                read.Error(row, "link_id", "unknown-reference", $"The package has no {row["link_entity"]} with this id.");
            }
        }
    }
}
