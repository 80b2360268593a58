namespace ClinicalProject.Tokens;

/// <summary>
/// Where a run keeps its token signing key: <c>&lt;run folder&gt;/signing-key</c>, written by the app host
/// (ClinicalProject.AppHost/SigningKeyFile.cs) the first time it starts with that run folder (default <c>.local/</c>).
/// </summary>
public static class RunSigningKey
{
    public const string FileName = "signing-key";

    public static string PathIn(string runDirectory) => Path.Combine(runDirectory, FileName);

    /// <summary>The folder holding ClinicalProject.sln, above this tool's build output.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalProject.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
