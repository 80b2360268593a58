using System.Globalization;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.Tokens;

/// <summary>
/// <c>token [--role R]… [--subject S] [--lifetime 8h] [--work-dir DIR | --signing-key-file F | --built-in-key]</c>:
/// prints a JWT with the chosen roles (default viewer) for curl or a dashboard. It signs with the run's
/// key (<c>&lt;work-dir&gt;/signing-key</c>, default <c>.local/</c>) when there is one, else with the built-in
/// development key (what services started in the Development environment accept). Never for production:
/// there, tokens come from the identity provider.
/// </summary>
public static class TokenCommand
{
    public const string Usage =
        "token [--role viewer|analyst|planner|admin]... [--subject NAME] [--lifetime 8h|30m|1d] [--work-dir DIR | --signing-key-file FILE | --built-in-key]";

    public static async Task<int> RunAsync(string[] args)
    {
        var roles = new List<string>();
        var subject = Environment.UserName;
        var lifetime = TimeSpan.FromHours(8);
        string? keyFile = null;
        var builtIn = false;
        var workDirectory = Path.Combine(RunSigningKey.RepositoryRoot(), ".local");
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--role": roles.Add(Known(args[++i])); break;
                    case "--subject": subject = args[++i]; break;
                    case "--lifetime": lifetime = ParseLifetime(args[++i]); break;
                    case "--work-dir": workDirectory = Path.GetFullPath(args[++i]); break;
                    case "--signing-key-file": keyFile = Path.GetFullPath(args[++i]); break;
                    case "--built-in-key": builtIn = true; break;
                    default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
                }
            }
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IndexOutOfRangeException)
        {
            await Console.Error.WriteLineAsync($"{exception.Message} Usage: {Usage}");
            return 2;
        }

        keyFile ??= builtIn ? null : RunSigningKey.PathIn(workDirectory);
        string? key = null;
        if (keyFile is not null && File.Exists(keyFile))
        {
            key = (await File.ReadAllTextAsync(keyFile)).Trim();
            await Console.Error.WriteLineAsync($"Signed with the key in {keyFile}.");
        }
        else
        {
            await Console.Error.WriteLineAsync("Signed with the built-in development key (accepted only in Development and Testing).");
        }

        Console.WriteLine(DevelopmentTokens.Create(subject, roles.Count == 0 ? [ClinicalRoles.Viewer] : roles, lifetime, key));
        return 0;
    }

    private static string Known(string role) => ClinicalRoles.All.Contains(role)
        ? role
        : throw new ArgumentException($"Unknown role '{role}'; expected one of: {string.Join(", ", ClinicalRoles.All)}.");

    /// <summary><c>30m</c>, <c>8h</c>, <c>1d</c>, or a TimeSpan (<c>02:00:00</c>).</summary>
    private static TimeSpan ParseLifetime(string text)
    {
        var unit = text[^1];
        if (char.IsLetter(unit) && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            return unit switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => throw new FormatException($"Lifetime '{text}': use m, h or d."),
            };
        }

        return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
    }
}
