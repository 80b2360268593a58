using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ClinicalProject.ServiceDefaults.Authentication;

/// <summary>
/// The rule for an endpoint that names no policy (the fallback policy): reading (GET, HEAD) needs the
/// <c>viewer</c> policy; anything else needs <c>admin</c> until its route group says which role may write
/// (<c>RequireAnalyst()</c>, <c>RequirePlanner()</c>). A new endpoint is therefore never open by accident:
/// its reads work for every role, its writes for admins only.
/// </summary>
public sealed class DefaultAccessRequirement : AuthorizationHandler<DefaultAccessRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DefaultAccessRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        if (http?.GetEndpoint() is { } endpoint and not RouteEndpoint)
        {
            // Routing's own rejection endpoints (415 unsupported media type, 405 method not allowed) do nothing
            // but answer their status: an authenticated caller may learn it.
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (http is not null && http.GetEndpoint() is null)
        {
            // No endpoint at all: nothing will run and the answer is 404 whatever the method. Refusing a write here
            // answered 403, as if the path existed for other roles. The policy still requires a signed-in caller.
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var method = http?.Request.Method;
        var policy = method is not null && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            ? ClinicalRoles.Viewer
            : ClinicalRoles.Admin;
        if (ClinicalRoles.Satisfying(policy).Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
