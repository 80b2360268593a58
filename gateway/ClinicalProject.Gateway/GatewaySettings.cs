namespace ClinicalProject.Gateway;

/// <summary>The <c>Gateway</c> configuration section (see README, "Gateway").</summary>
public sealed class GatewaySettings
{
    public const string SectionName = "Gateway";

    /// <summary>Largest request body on routes without a <c>MaxRequestBodySize</c> metadata entry (bytes).</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Time-out policies by name, used by the routes' <c>TimeoutPolicy</c> (<c>read</c>, <c>write</c>, <c>import</c>):
    /// a service that has not answered by then gets its caller a 504 problem.
    /// </summary>
    public Dictionary<string, TimeSpan> Timeouts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public CorsSettings Cors { get; set; } = new();

    public RateLimitSettings RateLimiting { get; set; } = new();

    public OutputCacheSettings OutputCache { get; set; } = new();

    public OpenApiSettings OpenApi { get; set; } = new();

    public sealed class CorsSettings
    {
        /// <summary>Dashboard origins allowed to call the gateway from a browser (exact <c>scheme://host[:port]</c>).</summary>
        public string[] AllowedOrigins { get; set; } = [];
    }

    public sealed class RateLimitSettings
    {
        /// <summary>Sustained requests per second per client (token subject, else IP address).</summary>
        public int RequestsPerSecond { get; set; } = 50;

        /// <summary>Requests a client may make at once above the sustained rate.</summary>
        public int Burst { get; set; } = 200;
    }

    public sealed class OutputCacheSettings
    {
        /// <summary>How long a GET answer is served from the cache (0 turns caching off).</summary>
        public TimeSpan Expiration { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Largest answer that gets an ETag computed by the gateway and is cached (bytes).</summary>
        public int MaxBodySize { get; set; } = 1024 * 1024;
    }

    public sealed class OpenApiSettings
    {
        /// <summary>How long the aggregated document is kept before the services are asked again.</summary>
        public TimeSpan CacheFor { get; set; } = TimeSpan.FromMinutes(1);
    }
}
