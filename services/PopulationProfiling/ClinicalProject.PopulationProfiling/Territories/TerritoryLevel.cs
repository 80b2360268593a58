namespace ClinicalProject.PopulationProfiling.Territories;

/// <summary>
/// The levels of Quebec's health-territory hierarchy, from the top down. A territory's parent is always
/// exactly one level above it, so the numeric order matters.
/// </summary>
public enum TerritoryLevel
{
    /// <summary>Québec as a whole (MSSS code 99).</summary>
    Province = 0,

    /// <summary>Health and social services region (RSS, 18 in Quebec).</summary>
    Region = 1,

    /// <summary>Territory of an integrated centre (CISSS/CIUSSS, RTS).</summary>
    Rts = 2,

    /// <summary>Local services network (RLS).</summary>
    Rls = 3,

    /// <summary>CLSC territory.</summary>
    Clsc = 4,

    /// <summary>Census dissemination area (DA).</summary>
    Da = 5,
}
