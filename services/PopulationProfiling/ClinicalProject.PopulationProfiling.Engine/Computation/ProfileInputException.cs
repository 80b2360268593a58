namespace ClinicalProject.PopulationProfiling.Engine.Computation;

/// <summary>Input data the engine cannot compute from, naming where the problem is.</summary>
public sealed class ProfileInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProfileInputException(string indicator, string? period, string? territory, string? stratum, string rule)
        : base($"Indicator {indicator}{(period is null ? "" : $", period {period}")}{(territory is null ? "" : $", territory {territory}")}{(stratum is null ? "" : $", stratum {stratum}")}: {rule}")
    {
        Indicator = indicator;
        Period = period;
        Territory = territory;
        Stratum = stratum;
        Rule = rule;
    }

    /// <summary>The indicator code.</summary>
    public string Indicator { get; }

    /// <summary>The period label, when the problem is in one.</summary>
    public string? Period { get; }

    /// <summary>The territory code, when the problem is in one.</summary>
    public string? Territory { get; }

    /// <summary>The stratum ("age band/sex"), when the problem is in one.</summary>
    public string? Stratum { get; }

    /// <summary>The rule broken.</summary>
    public string Rule { get; }
}
