using System.Globalization;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>
/// Service-programs are stored as "3,9": a short text column that SQL can filter with LIKE, no join table
/// for nine possible values.
/// </summary>
public static class ServiceProgramList
{
    public const int First = 1;
    public const int Last = 9;

    public static string Format(IEnumerable<int> programs) =>
        string.Join(',', programs.Distinct().Order().Select(p => p.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<int> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Whether a stored list holds a program; as SQL can evaluate it (",3,9," LIKE "%,3,%").</summary>
    public static string LikePattern(int program) => string.Create(CultureInfo.InvariantCulture, $"%,{program},%");
}
