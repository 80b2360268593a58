using ClinicalProject.Gateway;
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
    public void Probes_and_administrative_paths_of_a_service_are_internal(string path) =>
        Assert.True(InternalEndpointGuard.IsInternal(new PathString(path)));

    [Theory]
    [InlineData("/api/profiling/territories")]
    [InlineData("/api/profiling/territories/health")] // a territory code, not the probe
    [InlineData("/health")] // the gateway's own probe
    [InlineData("/api/profiling")]
    public void Public_paths_are_not_internal(string path) =>
        Assert.False(InternalEndpointGuard.IsInternal(new PathString(path)));
}
