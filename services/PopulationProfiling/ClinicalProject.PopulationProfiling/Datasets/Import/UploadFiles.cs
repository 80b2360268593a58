namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// Request bodies are copied to a file as they arrive (never buffered in memory), then read from it, so a
/// 10-million-row upload costs disk, not RAM. The folder is <c>Profiling:ImportDirectory</c>.
/// </summary>
public static class UploadFiles
{
    public static async Task<(string Path, long Bytes)> SaveAsync(Stream body, ProfilingOptions options, Guid jobId, CancellationToken cancellationToken)
    {
        var directory = DirectoryOf(options);
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, jobId.ToString("N") + Extension);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.Asynchronous);
            await body.CopyToAsync(file, 1 << 20, cancellationToken);
            return (path, file.Length);
        }
        catch
        {
            // A body that never arrived whole leaves no partial file behind in the import folder.
            Delete(path);
            throw;
        }
    }

    public const string Extension = ".upload";

    public static string DirectoryOf(ProfilingOptions options) =>
        string.IsNullOrWhiteSpace(options.ImportDirectory)
            ? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clinicalproject-imports")
            : options.ImportDirectory;

    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover upload in the temporary folder is harmless.
        }
    }
}
