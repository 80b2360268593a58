using ClinicalProject.ResourceInventory.Tests.Infrastructure;

namespace ClinicalProject.ResourceInventory.Tests.OpenApi;

public sealed class ServedDocumentTests(InventoryApiFactory factory)
    : Testing.OpenApi.ServedDocumentTests(factory.CreateClient, "inventory"), IClassFixture<InventoryApiFactory>;
