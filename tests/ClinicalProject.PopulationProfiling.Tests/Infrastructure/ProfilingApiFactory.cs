using ClinicalProject.PopulationProfiling.Data;
using ClinicalProject.PopulationProfiling.Profiles;
using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.Testing;
using MassTransit;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>
/// Population profiling over SQLite with the test harness for a bus (see <see cref="ServiceApiFactory{TProgram,TContext}"/>).
/// Its clients send an analyst's token (the role of the service's users); the authorization tests send others.
/// </summary>
public sealed class ProfilingApiFactory() : ServiceApiFactory<Program, ProfilingDbContext>("profiling", ClinicalRoles.Analyst)
{
    public Task<T> QueryDbAsync<T>(Func<ProfilingDbContext, Task<T>> query) => WithDbAsync(query);

    /// <summary>The profile partitions' consumers run on the harness too, so a job goes from request to stored profile.</summary>
    protected override void ConfigureBus(IBusRegistrationConfigurator bus) => bus.AddProfileConsumers();
}
