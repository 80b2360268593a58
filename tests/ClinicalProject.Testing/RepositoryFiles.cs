namespace ClinicalProject.Testing;

/// <summary>The repository this test runs from (the folder holding ClinicalProject.sln) and its services' project folders.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The services that publish an OpenAPI document (services/ServiceOpenApiDocument.props), as in scripts/openapi.sh.</summary>
    public static IReadOnlyList<string> ServiceProjects { get; } =
    [
        ServiceProject("ClinicalProject.PopulationProfiling"),
        ServiceProject("ClinicalProject.ResourceInventory"),
        ServiceProject("ClinicalProject.GapAnalysis"),
        ServiceProject("ClinicalProject.ImpactFollowUp"),
    ];

    /// <summary>The committed OpenAPI document of a service (docs/openapi/&lt;name&gt;.json; scripts/openapi.sh --update writes them).</summary>
    public static string CommittedOpenApiDocument(string documentName) => Path.Combine(Root, "docs", "openapi", documentName + ".json");

    public static string ServiceProject(string name) =>
        Directory.GetDirectories(Path.Combine(Root, "services"), name, SearchOption.AllDirectories).Single();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalProject.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ClinicalProject.sln above {AppContext.BaseDirectory}.");
    }
}
