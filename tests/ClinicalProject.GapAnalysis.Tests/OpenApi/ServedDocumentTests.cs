using ClinicalProject.GapAnalysis.Tests.Infrastructure;

namespace ClinicalProject.GapAnalysis.Tests.OpenApi;

public sealed class ServedDocumentTests(GapAnalysisApiFactory factory)
    : Testing.OpenApi.ServedDocumentTests(factory.CreateClient, "gapanalysis"), IClassFixture<GapAnalysisApiFactory>;
