using ClinicalProject.Gateway.Routing;
using Microsoft.AspNetCore.Http;

namespace ClinicalProject.Gateway.Tests;

public sealed class InternalEndpointGuardTests
{
    [Theory]
    [InlineData("/api/profiling/health")]
    [InlineData("/api/inventory/alive")]
    [InlineData("/api/gaps/HEALTH")]
    [InlineData("/api/impact/metrics/prometheus")]
    [InlineData("/api/profiling/migrate")]
    [InlineData("/api/v1/profiling/health")]
    [InlineData("/api/v1/inventory/admin/reset")]
    [InlineData("/api/v2/gaps/openapi/v1.json")]
    public void Probes_and_administrative_paths_of_a_service_are_internal(string path) =>
        Assert.True(InternalEndpointGuard.IsInternal(new PathString(path)));

    [Theory]
    [InlineData("/api/profiling/territories")]
    [InlineData("/api/v1/profiling/territories")]
    [InlineData("/api/profiling/territories/health")] // a territory code, not the probe
    [InlineData("/api/v1/profiling/territories/health")]
    [InlineData("/health")] // the gateway's own probe
    [InlineData("/api/profiling")]
    [InlineData("/api/v1/profiling")]
    public void Public_paths_are_not_internal(string path) =>
        Assert.False(InternalEndpointGuard.IsInternal(new PathString(path)));

    [Theory]
    [InlineData("/api/profiling/territories", "/api/v1/profiling/territories")]
    [InlineData("/api/v1/profiling/territories", "/api/v1/profiling/territories")]
    [InlineData("/api/v2/profiling/territories", "/api/v2/profiling/territories")]
    [InlineData("/api/gaps", "/api/v1/gaps")]
    [InlineData("/health", "/health")]
    [InlineData("/api", "/api")]
    public void Unversioned_paths_are_served_as_v1(string path, string rewritten) =>
        Assert.Equal(rewritten, ApiVersionRewrite.Rewrite(new PathString(path)).Value);
}
