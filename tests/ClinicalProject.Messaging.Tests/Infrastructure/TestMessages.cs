namespace ClinicalProject.Messaging.Tests.Infrastructure;

/// <summary>The integration event of these tests.</summary>
public sealed record OrderPlaced(Guid OrderId, string Note);

/// <summary>An event whose consumer always fails.</summary>
public sealed record PoisonPill(Guid Id);
