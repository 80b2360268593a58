using System.Security.Cryptography;
using System.Text;
using ClinicalProject.ResourceInventory.Agreements;
using ClinicalProject.ResourceInventory.Data;
using ClinicalProject.ResourceInventory.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.ResourceInventory.GapInputs;

/// <summary>
/// <c>GET /gap-inputs</c>: the inventory gap analysis reads when a <c>ResourceInventoryChanged</c> arrives, in one
/// call. Only active resources; capacity is each service, site and unit's latest record (by as-of date).
/// </summary>
public static class GapInputsHandlers
{
    public static async Task<Results<Ok<InventorySnapshotDto>, StatusCodeHttpResult>> Get(
        InventoryDbContext db, HttpContext context, TimeProvider time, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.Status == ResourceStatus.Active).OrderBy(o => o.Id)
            .Select(o => new SnapshotOrganizationDto(o.Id, o.Version, o.Name)).ToListAsync(cancellationToken);
        var sites = (await db.Sites.AsNoTracking().Where(s => s.Status == ResourceStatus.Active).OrderBy(s => s.Id).ToListAsync(cancellationToken))
            .Select(s => new SnapshotSiteDto(s.Id, s.Version, s.Name, s.OrganizationId, s.Latitude, s.Longitude, s.TerritoryCodes, s.TerritoryHierarchyVersion))
            .ToList();
        var services = (await db.Services.AsNoTracking().Where(s => s.Status == ResourceStatus.Active).OrderBy(s => s.Id).ToListAsync(cancellationToken))
            .Select(s => new SnapshotServiceDto(s.Id, s.Version, s.Name, s.OrganizationId, s.Program, s.Level, s.SiteIds)).ToList();
        var capacities = (await db.Capacities.AsNoTracking().Where(c => c.Status == ResourceStatus.Active).ToListAsync(cancellationToken))
            .GroupBy(c => (c.ServiceId, c.SiteId, c.Unit))
            .Select(g => g.OrderByDescending(c => c.AsOf).ThenByDescending(c => c.UpdatedAtUtc).First())
            .OrderBy(c => c.Id)
            .Select(c => new SnapshotCapacityDto(c.Id, c.Version, c.ServiceId, c.SiteId, c.Unit, c.Value, c.AsOf)).ToList();
        var agreements = (await db.Agreements.AsNoTracking().Where(a => a.Status == ResourceStatus.Active).OrderBy(a => a.Id).ToListAsync(cancellationToken))
            .Select(a => new SnapshotAgreementDto(a.Id, a.Version, a.Title, a.Program, a.Parties, a.MaximumDelays, ReportedDelay.LatestPerPriority(a.ReportedDelays))).ToList();
        var corridors = await db.Corridors.AsNoTracking().Where(c => c.Status == ResourceStatus.Active).OrderBy(c => c.Id)
            .Select(c => new SnapshotCorridorDto(c.Id, c.Version, c.Name, c.Program, c.Level, c.FromOrganizationId, c.ToOrganizationId, c.AgreementId))
            .ToListAsync(cancellationToken);
        var models = (await db.ClinicalModels.AsNoTracking().Where(m => m.Status == ResourceStatus.Active).OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .Select(m => new SnapshotClinicalModelDto(m.Id, m.Version, m.Name, m.Description, m.Programs, m.GapTypes)).ToList();

        var version = Hash(
            organizations.Select(o => ("organization", o.Id, o.Version)),
            sites.Select(s => ("site", s.Id, s.Version)),
            services.Select(s => ("service", s.Id, s.Version)),
            capacities.Select(c => ("capacity", c.Id, c.Version)),
            agreements.Select(a => ("agreement", a.Id, a.Version)),
            corridors.Select(c => ("corridor", c.Id, c.Version)),
            models.Select(m => ("clinical-model", m.Id, m.Version)));
        var etag = $"\"{version}\"";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        context.Response.Headers.ETag = etag;
        return TypedResults.Ok(new InventorySnapshotDto(version, time.GetUtcNow(), organizations, sites, services, capacities, agreements, corridors, models));
    }

    private static string Hash(params IEnumerable<(string Kind, Guid Id, int Version)>[] parts)
    {
        var text = new StringBuilder();
        foreach (var (kind, id, version) in parts.SelectMany(p => p))
        {
            text.Append(kind).Append(':').Append(id.ToString("N")).Append(':').Append(version).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
