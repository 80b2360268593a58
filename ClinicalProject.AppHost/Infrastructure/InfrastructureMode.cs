namespace ClinicalProject.AppHost.Infrastructure;

/// <summary>Where RabbitMQ and the databases come from.</summary>
public enum InfrastructureMode
{
    /// <summary>RabbitMQ and SQL Server containers (Docker or Podman).</summary>
    Containers,

    /// <summary>Debian's rabbitmq-server as a private node, SQLite files; no container engine.</summary>
    Local,
}

public static class InfrastructureModes
{
    /// <summary>
    /// The configured mode; when none is configured, containers where a container engine is on PATH, else local.
    /// Aspire has no public API that detects a container runtime, hence the PATH look-up.
    /// </summary>
    public static InfrastructureMode Parse(string? configured) => configured?.Trim().ToLowerInvariant() switch
    {
        null or "" => HasContainerEngine() ? InfrastructureMode.Containers : InfrastructureMode.Local,
        "containers" or "container" => InfrastructureMode.Containers,
        "local" => InfrastructureMode.Local,
        _ => throw new InvalidOperationException($"Infrastructure is '{configured}'; expected 'containers' or 'local'."),
    };

    private static bool HasContainerEngine() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, "docker")) || File.Exists(Path.Combine(directory, "podman")));
}
