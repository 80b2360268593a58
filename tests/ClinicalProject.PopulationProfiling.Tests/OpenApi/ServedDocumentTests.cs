using ClinicalProject.PopulationProfiling.Tests.Infrastructure;

namespace ClinicalProject.PopulationProfiling.Tests.OpenApi;

public sealed class ServedDocumentTests(ProfilingApiFactory factory)
    : Testing.OpenApi.ServedDocumentTests(factory.CreateClient, "profiling"), IClassFixture<ProfilingApiFactory>;
