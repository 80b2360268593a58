namespace ClinicalProject.Benchmarks.Suite;

/// <summary>One process of the suite: a service or the gateway, and where its build output lives.</summary>
/// <param name="Name">The resource name, the same as in the AppHost and in <c>services__&lt;name&gt;__http__0</c>.</param>
/// <param name="ProjectDirectory">The project folder, relative to the repository root.</param>
/// <param name="AssemblyName">The project's assembly (and .dll) name.</param>
/// <param name="DatabaseName">The connection name of its database, or null for the gateway.</param>
public sealed record SuiteComponent(string Name, string ProjectDirectory, string AssemblyName, string? DatabaseName)
{
    public static readonly SuiteComponent Profiling = new(
        "profiling", "services/PopulationProfiling/ClinicalProject.PopulationProfiling", "ClinicalProject.PopulationProfiling", "profilingdb");

    public static readonly SuiteComponent Inventory = new(
        "inventory", "services/ResourceInventory/ClinicalProject.ResourceInventory", "ClinicalProject.ResourceInventory", "inventorydb");

    public static readonly SuiteComponent GapAnalysis = new(
        "gapanalysis", "services/GapAnalysis/ClinicalProject.GapAnalysis", "ClinicalProject.GapAnalysis", "gapanalysisdb");

    public static readonly SuiteComponent Impact = new(
        "impact", "services/ImpactFollowUp/ClinicalProject.ImpactFollowUp", "ClinicalProject.ImpactFollowUp", "impactdb");

    public static readonly SuiteComponent Gateway = new(
        "gateway", "gateway/ClinicalProject.Gateway", "ClinicalProject.Gateway", null);

    public static IReadOnlyList<SuiteComponent> Services { get; } = [Profiling, Inventory, GapAnalysis, Impact];

    /// <summary>The public prefix of each service behind the gateway (<c>/api/&lt;prefix&gt;/…</c>).</summary>
    public static IReadOnlyDictionary<string, string> GatewayPrefixes { get; } = new Dictionary<string, string>
    {
        [Profiling.Name] = "profiling",
        [Inventory.Name] = "inventory",
        [GapAnalysis.Name] = "gaps",
        [Impact.Name] = "impact",
    };

    public string AssemblyPath(string repositoryRoot, string configuration) =>
        Path.Combine(repositoryRoot, ProjectDirectory, "bin", configuration, "net10.0", AssemblyName + ".dll");
}
