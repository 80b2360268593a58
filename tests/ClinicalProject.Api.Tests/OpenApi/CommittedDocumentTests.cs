using ClinicalProject.Testing;

namespace ClinicalProject.Api.Tests.OpenApi;

/// <summary>
/// API changes show in review: each service's build writes its OpenAPI document to obj/openapi/ (this project depends on
/// the services, so they are built first), and the copy committed under docs/openapi/ must be the same document.
/// </summary>
public sealed class CommittedDocumentTests
{
    private const string UpdateCommand = "scripts/openapi.sh --update";

    public static TheoryData<string> Services => new(RepositoryFiles.ServiceProjects.Select(p => Path.GetFileName(p)));

    [Theory]
    [MemberData(nameof(Services))]
    public void The_committed_document_is_the_one_the_build_wrote(string service)
    {
        var built = Directory.GetFiles(Path.Combine(RepositoryFiles.ServiceProject(service), "obj", "openapi"), "*.json");
        Assert.True(built.Length == 1, $"{service}'s build should write one OpenAPI document to obj/openapi/; found {built.Length}.");

        var committed = Path.Combine(RepositoryFiles.Root, "docs", "openapi", Path.GetFileName(built[0]));
        Assert.True(File.Exists(committed), $"{Relative(committed)} is missing: run {UpdateCommand} and commit it.");
        var expected = Normalise(File.ReadAllText(built[0]));
        var actual = Normalise(File.ReadAllText(committed));
        Assert.True(expected == actual,
            $"{Relative(committed)} differs from the document {service}'s build wrote ({Relative(built[0])}), first at line "
            + $"{FirstDifferentLine(expected, actual)}: the API changed. Run {UpdateCommand} and commit the document, so the change shows in review.");
    }

    [Fact]
    public void Every_committed_document_belongs_to_a_service()
    {
        var built = RepositoryFiles.ServiceProjects
            .SelectMany(p => Directory.GetFiles(Path.Combine(p, "obj", "openapi"), "*.json"))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var committed = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "docs", "openapi"), "*.json")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(built, committed);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        return line + 1;
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryFiles.Root, path);
}
