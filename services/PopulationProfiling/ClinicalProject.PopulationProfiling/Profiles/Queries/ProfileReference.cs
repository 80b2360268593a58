using ClinicalProject.PopulationProfiling.Common;
using ClinicalProject.PopulationProfiling.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Profiles.Queries;

/// <summary>Resolves the <c>{profile}</c> of a route: a profile's id, or <c>latest</c> (the newest succeeded one).</summary>
public static class ProfileReference
{
    public const string Latest = "latest";

    public static async Task<ProfileJob?> ResolveAsync(ProfilingDbContext db, string profile, CancellationToken cancellationToken)
    {
        var succeeded = db.ProfileJobs.AsNoTracking().Where(j => j.State == ProfileJobState.Succeeded);
        if (string.Equals(profile, Latest, StringComparison.OrdinalIgnoreCase))
        {
            return await succeeded.OrderByDescending(j => j.Sequence).FirstOrDefaultAsync(cancellationToken);
        }

        return Guid.TryParse(profile, out var id) ? await succeeded.SingleOrDefaultAsync(j => j.Id == id, cancellationToken) : null;
    }

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string profile) =>
        ProblemResults.NotFound(string.Equals(profile, Latest, StringComparison.OrdinalIgnoreCase)
            ? "No profile has been computed yet: start one with POST /profiles/jobs."
            : $"No computed profile '{profile}' (a profile id, or 'latest').");

    /// <summary>A stored profile never changes: its version and the query make a strong validator.</summary>
    public static string ETag(ProfileJob job, HttpRequest request) =>
        $"p{job.Sequence}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(request.Path + request.QueryString)))[..16]}";
}
