using ClinicalProject.Contracts;

namespace ClinicalProject.Messaging.Tests.Infrastructure;

/// <summary>The integration event of these tests.</summary>
[ContractName("tests/order-placed/v1")]
public sealed record OrderPlaced(Guid OrderId, string Note);

/// <summary>An event whose consumer always fails.</summary>
[ContractName("tests/poison-pill/v1")]
public sealed record PoisonPill(Guid Id);
