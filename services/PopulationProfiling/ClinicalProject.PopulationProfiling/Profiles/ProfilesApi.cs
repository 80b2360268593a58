using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.PopulationProfiling.Profiles.Compute;
using ClinicalProject.PopulationProfiling.Profiles.Jobs;
using ClinicalProject.PopulationProfiling.Profiles.Queries;
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
        var jobs = app.MapGroup("/profiles/jobs").WithTags("Profiles").RequireViewer();
        jobs.MapPost("", ProfileJobsApi.Start).RequireAnalyst()
            .Accepts<ProfileJobRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Starts a profile job: one partition per indicator on the work queue, computed by whichever replicas are free.")
            .WithDescription("202 with the job to poll. The job ends in succeeded (the profile is stored, PopulationProfileComputed is published) or failed (a partition exhausted its retries).");
        jobs.MapGet("", ProfileJobsApi.List).WithSummary("Profile jobs, newest first.");
        jobs.MapGet("/{id:guid}", ProfileJobsApi.Get).WithSummary("One profile job: state, partitions done, percent.");

        var profiles = app.MapGroup("/profiles/{profile}").WithTags("Profiles").RequireViewer();
        const string Filters = "profile: a profile id or 'latest'. Filters: indicator, period, level (province … da), territory, parent (its children), " +
            "quintile (1–5 material deprivation, 6 unknown; omitted: whole territories). Figures are small-cell suppressed (Profiling:SuppressionThreshold).";
        profiles.MapGet("/values", ProfileHandlers.Values)
            .WithSummary("Figures of a profile by indicator, period, level and territory, paged (ETag: the profile's version).")
            .WithDescription(Filters);
        profiles.MapGet("/values.csv", ProfileExportHandlers.Csv)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The same figures as CSV, every page at once, streamed.")
            .WithDescription(Filters);
        profiles.MapGet("/map.geojson", ProfileExportHandlers.GeoJson)
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("One indicator and period as a GeoJSON FeatureCollection: each territory's figure joined to its geometry (or centroid).")
            .WithDescription("indicator and period are required; level or parent choose the territories.");
        profiles.MapGet("/projected-need", ProjectedNeedHandlers.Get)
            .WithSummary("Projected need: the profile's age-sex-specific rates of a base period applied to a projection dataset's population of a future period.")
            .WithDescription("indicator, projection (a projection dataset version) and period are required; basePeriod defaults to the profile's last; " +
                "level (default rls) or territory choose the territories; rates: 'own' (default) or a level whose rates to apply (steadier for small territories). " +
                "Base counts below the suppression threshold are withheld, and so is an expected count computed from them.");
        profiles.MapGet("/gap-inputs", GapInputs.GapInputsHandlers.Get)
            .WithSummary("Gap analysis's bulk read: every base-level area's population, deprivation quintile and expected users now and projected, " +
                "and every whole territory's figures of the last period with their comparisons and trends.")
            .WithDescription("indicator (repeatable): indicators whose expected users to compute; rates (default rls): the level whose age-sex-specific " +
                "rates are applied to each area's population; projection and projectedPeriod: a projection dataset for the projected need. " +
                "ETag: the profile's version and the query.");
        profiles.MapGet("/territories/{code}", ProfileHandlers.Territory)
            .WithSummary("A territory's full profile for a period (default the latest): every indicator with its comparisons to parent and province, and its trend.");
        return app;
    }
}
