namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>The real public data beside the checkout (<c>../shared/data</c> next to the folder holding ClinicalProject.sln).</summary>
public static class SharedData
{
    public static string PathOf(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalProject.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", fileName));
                return File.Exists(path)
                    ? path
                    : throw new FileNotFoundException($"The shared data file is missing: {path}. It lives beside the checkout in shared/data.", path);
            }
        }

        throw new DirectoryNotFoundException("No ClinicalProject.sln above the test's folder.");
    }
}
