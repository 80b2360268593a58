namespace ClinicalProject.GapAnalysis.Engine.Continuity;

/// <summary>The levels of a program's continuum, in the inventory's order.</summary>
public enum ContinuumLevel
{
    PromotionPrevention,
    FirstLine,
    SecondLine,
    ThirdLine,
    RehabilitationLongTermSupport,
    EndOfLife,
}

/// <summary>A service of a program at a level, offered by an organisation at some sites.</summary>
public sealed record LevelOffer(Guid ServiceId, Guid OrganizationId, int Program, ContinuumLevel Level, IReadOnlyList<Guid> SiteIds);

/// <summary>A territory, its population, and the sites within reach of it (of any organisation).</summary>
public sealed record TerritoryReach(string TerritoryCode, double Population, IReadOnlySet<Guid> SitesInReach, IReadOnlySet<Guid> OrganizationsInReach);

/// <summary>A service corridor: from an organisation to another, for a program and level.</summary>
public sealed record Corridor(Guid Id, int Program, ContinuumLevel Level, Guid FromOrganizationId, Guid ToOrganizationId);

/// <summary>A service agreement between organisations for a program, with its maximum delays (days) by priority.</summary>
public sealed record Agreement(Guid Id, string Title, int Program, IReadOnlyList<Guid> PartyIds, IReadOnlyDictionary<string, int> MaximumDelayDays);

/// <summary>A delay reported for an agreement's priority (e.g. the 90th percentile wait of a quarter, in days).</summary>
public sealed record ReportedDelay(Guid AgreementId, string Priority, double Days, string? Period = null);

/// <summary>How a level of a continuum is available to a territory.</summary>
public enum LevelAvailability
{
    WithinReach,
    ThroughCorridor,
    ThroughAgreement,
    Missing,
}

/// <summary>One program × territory × level, and how it is available.</summary>
public sealed record LevelStatus(int Program, string TerritoryCode, ContinuumLevel Level, LevelAvailability Availability, Guid? Through);
