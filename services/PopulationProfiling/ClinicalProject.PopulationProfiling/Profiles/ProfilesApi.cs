using ClinicalProject.PopulationProfiling.Profiles.Compute;
using ClinicalProject.PopulationProfiling.Profiles.Jobs;
using MassTransit;

namespace ClinicalProject.PopulationProfiling.Profiles;

/// <summary>Profiles: jobs split into partitions on the work queue, and the stored profiles dashboards read.</summary>
public static class ProfilesApi
{
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.AddSingleton<IPartitionComputer, PartitionComputer>();
        return services;
    }

    /// <summary>The consumers every profiling replica runs: the partition work queue and its fault handler.</summary>
    public static void AddProfileConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ComputeProfilePartitionConsumer, ComputeProfilePartitionConsumerDefinition>();
        bus.AddConsumer<ProfilePartitionFaultConsumer>();
    }

    public static IEndpointRouteBuilder MapProfilesApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/profiles/jobs").WithTags("Profiles");
        jobs.MapPost("", ProfileJobsApi.Start)
            .Accepts<ProfileJobRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Starts a profile job: one partition per indicator on the work queue, computed by whichever replicas are free.")
            .WithDescription("202 with the job to poll. The job ends in succeeded (the profile is stored, PopulationProfileComputed is published) or failed (a partition exhausted its retries).");
        jobs.MapGet("", ProfileJobsApi.List).WithSummary("Profile jobs, newest first.");
        jobs.MapGet("/{id:guid}", ProfileJobsApi.Get).WithSummary("One profile job: state, partitions done, percent.");
        return app;
    }
}
