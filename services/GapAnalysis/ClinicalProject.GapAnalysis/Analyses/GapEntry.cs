namespace ClinicalProject.GapAnalysis.Analyses;

/// <summary>One ranked gap of an analysis, with its figures, thresholds, rule, sentences and suggestions.</summary>
public sealed class GapEntry
{
    public Guid AnalysisId { get; init; }

    /// <summary>Stable across analyses: type/rule/program/territory[/subject].</summary>
    public required string Key { get; init; }

    public required string Type { get; init; }

    public required string Rule { get; init; }

    public int Program { get; init; }

    public required string TerritoryCode { get; init; }

    public string? Subject { get; init; }

    public double Severity { get; init; }

    public double PeopleAffected { get; init; }

    public double Priority { get; init; }

    public int Rank { get; init; }

    public double DeprivationWeight { get; init; }

    public double? MeanQuintile { get; init; }

    public double ProgramWeight { get; init; }

    /// <summary>JSON object: figure name → value.</summary>
    public required string Figures { get; init; }

    /// <summary>JSON object: threshold name → value.</summary>
    public required string Thresholds { get; init; }

    public required string SentenceFr { get; init; }

    public required string SentenceEn { get; init; }

    /// <summary>JSON array of the suggested clinical models (id, name).</summary>
    public required string Suggestions { get; init; }
}
