using System.Security.Cryptography;
using System.Text;

namespace ClinicalProject.GapAnalysis.Common;

/// <summary>An analysis never changes: its version and the request's path and query make a strong ETag.</summary>
public static class Caching
{
    public static bool NotModified(HttpContext context, long analysisVersion)
    {
        var request = context.Request;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Path + request.QueryString)))[..16];
        return ETags.SetAndCheckNotModified(context, $"a{analysisVersion}-{hash}");
    }
}
