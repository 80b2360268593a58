namespace ClinicalProject.GapAnalysis.Engine.Gaps;

/// <summary>The nine MSSS service-programs' names, for the gap sentences.</summary>
public static class ProgramNames
{
    private static readonly string[] French =
    [
        "Santé publique", "Services généraux", "Soutien à l'autonomie des personnes âgées", "Déficience physique",
        "Déficience intellectuelle et trouble du spectre de l'autisme", "Jeunes en difficulté", "Dépendances", "Santé mentale", "Santé physique",
    ];

    private static readonly string[] English =
    [
        "Public health", "General services", "Support for the autonomy of seniors", "Physical disability",
        "Intellectual disability and autism spectrum disorder", "Youth in difficulty", "Addictions", "Mental health", "Physical health",
    ];

    public static string Fr(int program) => program is >= 1 and <= 9 ? French[program - 1] : $"programme {program}";

    public static string En(int program) => program is >= 1 and <= 9 ? English[program - 1] : $"program {program}";
}
