namespace ClinicalProject.Benchmarks.Gateway.Suite;

/// <summary>How to start the suite on this machine.</summary>
public sealed record SuiteOptions
{
    /// <summary>The folder holding ClinicalProject.sln.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>The build configuration whose output is run (Debug or Release).</summary>
    public string Configuration { get; init; } = "Debug";

    /// <summary>The RabbitMQ URI every service uses.</summary>
    public required string BrokerUri { get; init; }

    /// <summary>Where the SQLite files and logs go.</summary>
    public required string WorkDirectory { get; init; }

    /// <summary>The gateway's port; 0 picks a free one.</summary>
    public int GatewayPort { get; init; }

    /// <summary>The first service port (the four services take four in a row); 0 picks free ones.</summary>
    public int FirstServicePort { get; init; }

    /// <summary>Optional prefix of every exchange and queue, to share a broker with other runs.</summary>
    public string? EntityPrefix { get; init; }

    /// <summary>Extra environment for every process (for example <c>ASPNETCORE_ENVIRONMENT</c>).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The symmetric key every process validates tokens with (<c>Auth__SigningKey</c>), so a run in the
    /// Production environment needs no identity provider; the demo data is loaded with an admin token signed
    /// with it. Null: a fresh random key for this run.
    /// </summary>
    public string? SigningKey { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Walks up from <paramref name="start"/> to the folder holding ClinicalProject.sln.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalProject.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ClinicalProject.sln above {start}: run from inside the repository.");
    }
}
