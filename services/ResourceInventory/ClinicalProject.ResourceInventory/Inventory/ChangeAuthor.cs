using System.Security.Claims;

namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>
/// Who makes a change: the authenticated caller (every write needs a token; the services check the same token
/// as the gateway). A header naming the author is not trusted: anyone could set it.
/// </summary>
public static class ChangeAuthor
{
    public const string Anonymous = "anonymous";
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

        return Anonymous;
    }

    private static string Truncate(string value) => value.Length <= MaxLength ? value : value[..MaxLength];
}
