using System.Security.Cryptography;

namespace ClinicalProject.AppHost;

/// <summary>
/// The run's token signing key in <c>&lt;run folder&gt;/signing-key</c> (owner-only), so tokens minted with
/// <c>scripts/token.sh</c> keep working across restarts. Same form as the services' development keys: 48 random
/// bytes, base64.
/// </summary>
public static class SigningKeyFile
{
    public const string FileName = "signing-key";

    public static string LoadOrCreate(string runDirectory)
    {
        var path = Path.Combine(runDirectory, FileName);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.Write(key);
        }

        return key;
    }
}
