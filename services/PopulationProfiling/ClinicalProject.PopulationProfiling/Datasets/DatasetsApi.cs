using ClinicalProject.ServiceDefaults.Authentication;
using ClinicalProject.PopulationProfiling.Datasets.Import;

namespace ClinicalProject.PopulationProfiling.Datasets;

/// <summary>Dataset imports (population, projections, numerators, events), their jobs, and the stored datasets.</summary>
public static class DatasetsApi
{
    public static IServiceCollection AddDatasets(this IServiceCollection services)
    {
        services.AddSingleton<ImportJobQueue>();
        services.AddSingleton<DatasetImportRunner>();
        services.AddHostedService<ImportJobWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapDatasetsApi(this IEndpointRouteBuilder app)
    {
        var datasets = app.MapGroup("/datasets").WithTags("Datasets").RequireViewer();
        datasets.MapGet("", DatasetHandlers.List).WithSummary("Stored datasets, newest first; filter by kind (population, projection, numerators, events).");
        datasets.MapGet("/{kind}/{version}", DatasetHandlers.Get).WithSummary("One dataset: base level, periods, indicators and totals.");
        datasets.MapGet("/{kind}/{version}/pyramid", PyramidHandlers.Get)
            .WithSummary("A territory's age-sex pyramid for a period of a population or projection dataset, rolled up and small-cell suppressed.")
            .WithDescription("territory: a territory at the dataset's base level or above; period: a year the dataset holds. ETag: the dataset's content, the territory, the period and the threshold.");
        datasets.MapPost("/{kind}/{version}", DatasetImportHandlers.Import).RequireAnalyst()
            .Accepts<string>("text/csv", "application/vnd.apache.parquet")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .WithSummary("Imports a dataset version from CSV or Parquet: all rows or none, announced by PopulationDatasetImported.")
            .WithDescription("""
                Columns (any order and case; CSV comma or semicolon, UTF-8):
                population and projection: territory, period, ageBand (0-4 … 90+) or age (single years, 90 = 90+), sex (F/M), count;
                numerators: the same plus indicator (a catalogue code); events: territory (a DA), date (yyyy-MM-dd), age, sex, indicator, one row per event.
                Every territory is of one level of the hierarchy (hierarchyVersion, default the latest). The body streams to disk and the rows are
                aggregated as they are read. With 'Prefer: respond-async' the answer is 202 with the job (/imports/{id}) to poll.
                """);

        var imports = app.MapGroup("/imports").WithTags("Datasets").RequireViewer();
        imports.MapGet("", ImportJobs.List).WithSummary("Import jobs, newest first.");
        imports.MapGet("/{id:guid}", ImportJobs.Get).WithSummary("One import job: state, rows read, percent, and its dataset or problem.");
        return app;
    }
}
