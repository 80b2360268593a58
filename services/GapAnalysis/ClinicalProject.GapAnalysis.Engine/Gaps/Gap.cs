namespace ClinicalProject.GapAnalysis.Engine.Gaps;

/// <summary>
/// A gap a rule found, with everything that produced it: the figures it read, the thresholds it compared them
/// with, the rule's name, and a sentence in French and in English a planner can read.
/// </summary>
/// <param name="Key">Stable across analyses (type, rule, program, territory, subject): compares two analyses.</param>
/// <param name="Subject">What the gap is about beyond program and territory: a continuum level, an indicator, an agreement.</param>
/// <param name="Severity">How bad, from 0 (not at all) to 1 (the worst the rule knows).</param>
/// <param name="PeopleAffected">How many people (or expected users) the gap concerns.</param>
public sealed record Gap(
    string Key,
    GapType Type,
    string Rule,
    int Program,
    string TerritoryCode,
    string? Subject,
    double Severity,
    double PeopleAffected,
    IReadOnlyDictionary<string, double> Figures,
    IReadOnlyDictionary<string, double> Thresholds,
    string SentenceFr,
    string SentenceEn)
{
    public static string KeyOf(GapType type, string rule, int program, string territory, string? subject) =>
        subject is null ? $"{type.ToString().ToLowerInvariant()}/{rule}/{program}/{territory}"
            : $"{type.ToString().ToLowerInvariant()}/{rule}/{program}/{territory}/{subject}";
}
