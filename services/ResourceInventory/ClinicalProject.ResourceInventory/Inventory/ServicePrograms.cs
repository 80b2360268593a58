namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>The nine MSSS service-programs (programmes-services), by number, with their French and English names.</summary>
public static class ServicePrograms
{
    public static readonly IReadOnlyList<ServiceProgramDto> All =
    [
        new(1, "Santé publique", "Public health"),
        new(2, "Services généraux – activités cliniques et d'aide", "General services – clinical and assistance activities"),
        new(3, "Soutien à l'autonomie des personnes âgées", "Support for the autonomy of seniors"),
        new(4, "Déficience physique", "Physical disability"),
        new(5, "Déficience intellectuelle et trouble du spectre de l'autisme", "Intellectual disability and autism spectrum disorder"),
        new(6, "Jeunes en difficulté", "Youth in difficulty"),
        new(7, "Dépendances", "Addictions"),
        new(8, "Santé mentale", "Mental health"),
        new(9, "Santé physique", "Physical health"),
    ];

    public static bool IsValid(int program) => program is >= 1 and <= 9;
}
