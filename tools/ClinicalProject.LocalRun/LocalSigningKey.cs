namespace ClinicalProject.LocalRun;

/// <summary>
/// The signing key of a local run, kept in <c>&lt;work-dir&gt;/signing-key</c> (readable by its owner only) so
/// tokens minted for one run still work after a restart, and the <c>token</c> command can sign with it.
/// </summary>
public static class LocalSigningKey
{
    public const string FileName = "signing-key";

    public static string PathIn(string workDirectory) => Path.Combine(workDirectory, FileName);

    public static async Task<string> LoadOrCreateAsync(string workDirectory, CancellationToken cancellationToken)
    {
        var path = PathIn(workDirectory);
        if (File.Exists(path))
        {
            return (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
        }

        Directory.CreateDirectory(workDirectory);
        var key = ServiceDefaults.Authentication.DevelopmentTokens.NewRandomKey();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var writer = new StreamWriter(path, options))
        {
            await writer.WriteAsync(key.AsMemory(), cancellationToken);
        }

        return key;
    }
}
