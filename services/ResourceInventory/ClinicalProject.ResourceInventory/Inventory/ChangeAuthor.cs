using System.Security.Claims;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// Who makes a change: the authenticated user when there is one (the gateway's authentication passes the
/// user on), otherwise the <c>X-Changed-By</c> header a trusted caller sets (an import job, the demo loader),
/// otherwise "anonymous".
/// </summary>
public static class ChangeAuthor
{
    public const string Anonymous = "anonymous";
    public const string HeaderName = "X-Changed-By";
    public const int MaxLength = 128;

    public static string Of(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var name = user.Identity.Name ?? user.FindFirstValue("preferred_username") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub");
            if (!string.IsNullOrWhiteSpace(name))
            {
                return Truncate(name.Trim());
            }
        }

        var header = context.Request.Headers[HeaderName].ToString().Trim();
        return header.Length > 0 ? Truncate(header) : Anonymous;
    }

    private static string Truncate(string value) => value.Length <= MaxLength ? value : value[..MaxLength];
}
