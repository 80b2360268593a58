namespace ClinicalProject.PopulationProfiling.Engine.Inputs;

/// <summary>
/// The age × sex strata of every input array: stratum = ageBand × SexCount + sex. Age band labels must be the
/// standard population's (e.g. "0-4" … "90+" for the 2013 European Standard Population) to standardise.
/// </summary>
public sealed class StrataLayout
{
    private readonly string[] _ageBands;
    private readonly string[] _sexes;

    /// <summary>Creates a layout from ordered, unique age band and sex labels.</summary>
    public StrataLayout(IReadOnlyList<string> ageBands, IReadOnlyList<string> sexes)
    {
        ArgumentNullException.ThrowIfNull(ageBands);
        ArgumentNullException.ThrowIfNull(sexes);
        if (ageBands.Count == 0 || sexes.Count == 0 ||
            ageBands.Distinct(StringComparer.Ordinal).Count() != ageBands.Count ||
            sexes.Distinct(StringComparer.Ordinal).Count() != sexes.Count)
        {
            throw new ArgumentException("Age bands and sexes must be non-empty lists of unique labels.");
        }

        _ageBands = [.. ageBands];
        _sexes = [.. sexes];
    }

    /// <summary>The 19 bands of the 2013 European Standard Population × sexes F and M.</summary>
    public static StrataLayout European2013BySex { get; } =
        new(Statistics.StandardPopulation.European2013.Strata, ["F", "M"]);

    /// <summary>Age band labels in order.</summary>
    public IReadOnlyList<string> AgeBands => _ageBands;

    /// <summary>Sex labels in order.</summary>
    public IReadOnlyList<string> Sexes => _sexes;

    /// <summary>Number of age bands.</summary>
    public int AgeBandCount => _ageBands.Length;

    /// <summary>Number of sexes.</summary>
    public int SexCount => _sexes.Length;

    /// <summary>Number of strata (age bands × sexes).</summary>
    public int Count => _ageBands.Length * _sexes.Length;

    /// <summary>The stratum of an age band and a sex (positions).</summary>
    public int Stratum(int ageBand, int sex) => ageBand * _sexes.Length + sex;

    /// <summary>The position of an age band label, or −1.</summary>
    public int AgeBandIndex(string label) => Array.IndexOf(_ageBands, label);

    /// <summary>The position of a sex label, or −1.</summary>
    public int SexIndex(string label) => Array.IndexOf(_sexes, label);
}
