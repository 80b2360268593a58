using System.Net;
using System.Net.Http.Json;
using ClinicalProject.ImpactFollowUp;
using ClinicalProject.ImpactFollowUp.Common;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ImpactFollowUp.Gaps;
using ClinicalProject.ImpactFollowUp.Series;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

/// <summary>
/// Impact follow-up over SQLite with the test harness for a bus, the profile consumer on it, a stand-in for
/// population profiling's figures and for gap analysis's gaps, and planner clients (the impact service's writers).
/// </summary>
public sealed class ImpactApiFactory() : ServiceApiFactory<Program, ImpactDbContext>("impact", ClinicalRoles.Planner)
{
    public StubProfiling Profiling { get; } = new();

    public StubGapAnalysis Gaps { get; } = new();

    protected override void ConfigureBus(IBusRegistrationConfigurator bus) => bus.AddImpactConsumers();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient<ProfilingClient>().ConfigurePrimaryHttpMessageHandler(() => Profiling);
            services.AddHttpClient<GapAnalysisClient>().ConfigurePrimaryHttpMessageHandler(() => Gaps);
        });
    }

    /// <summary>Waits (up to 20 s) until a published message of <typeparamref name="T"/> matches (polling: other tests' traffic shares the harness).</summary>
    public async Task<T?> WaitForPublishedAsync<T>(Func<T, bool> match) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var found = Harness.Published.Select<T>().Select(m => m.Context.Message).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        return null;
    }

    /// <summary>Waits (up to 20 s) until <paramref name="condition"/> holds.</summary>
    public static Task<bool> EventuallyAsync(Func<Task<bool>> condition) => Polling.UntilAsync(condition);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Profiling.Dispose();
        Gaps.Dispose();
    }
}

/// <summary>Answers <c>GET profiles/{id}/values?indicator=…</c> with the figures the test serves, and counts the calls.</summary>
public sealed class StubProfiling : HttpMessageHandler
{
    private readonly Dictionary<(Guid, string), List<ProfileFigure>> _served = [];

    public int Calls { get; private set; }

    public void Serve(Guid profile, IEnumerable<ProfileFigure> figures)
    {
        lock (_served)
        {
            foreach (var group in figures.GroupBy(f => f.Indicator))
            {
                _served[(profile, group.Key)] = group.ToList();
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var profile = Guid.Parse(request.RequestUri.Segments[^2].TrimEnd('/'));
        lock (_served)
        {
            Calls++;
            var figures = _served.GetValueOrDefault((profile, query["indicator"]!)) ?? [];
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new PagedList<ProfileFigure>(1, ProfilingClient.PageSize, figures.Count, 1, figures)),
            });
        }
    }
}
