using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.OpenApi;

public sealed class ServedDocumentTests(ImpactApiFactory factory)
    : Testing.OpenApi.ServedDocumentTests(factory.CreateClient, "impact"), IClassFixture<ImpactApiFactory>;
