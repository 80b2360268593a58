using System.Security.Claims;

namespace ClinicalProject.ImpactFollowUp.Common;

/// <summary>
/// Who makes a change: the subject of the caller's token (every write needs one; the service checks it as the
/// gateway does). A header naming an author would not be trusted: anyone could set it.
/// </summary>
public static class ChangeAuthor
{
    public const string Anonymous = "anonymous";
    public const int MaxLength = 128;

    public static string Of(HttpContext context)
    {
        var user = context.User;
        var subject = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name;
        if (user.Identity?.IsAuthenticated != true || string.IsNullOrWhiteSpace(subject))
        {
            return Anonymous;
        }

        subject = subject.Trim();
        return subject.Length <= MaxLength ? subject : subject[..MaxLength];
    }
}
