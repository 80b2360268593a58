using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClinicalProject.ServiceDefaults.Http;

namespace ClinicalProject.Testing.Fuzz;

/// <summary>
/// A seeded, bounded fuzzer over every endpoint a service maps (<see cref="ServiceEndpoints.Enumerate"/>, so
/// endpoints added later are fuzzed too): malformed bodies and media types to every write, garbage path
/// segments and query values to every endpoint, garbage preconditions. Each answer must be below 500, and each
/// 4xx an RFC 7807 problem with its status that says what is wrong (errors, or a detail).
/// </summary>
public static partial class EndpointFuzzer
{
    /// <summary>What the run sent and what was wrong with the answers (empty when every answer was right).</summary>
    public sealed record Report(int Sent, IReadOnlyDictionary<int, int> Statuses, IReadOnlyList<string> Failures);

    public static List<FuzzRequest> Requests(IEnumerable<ServiceEndpoint> endpoints, int seed, int perEndpoint)
    {
        var random = new Random(seed);
        var requests = new List<FuzzRequest>();
        foreach (var endpoint in endpoints.Where(e => !e.AllowsAnonymous))
        {
            var writes = endpoint.Method is "POST" or "PUT" or "PATCH" or "DELETE";
            for (var i = 0; i < perEndpoint; i++)
            {
                var path = endpoint.Path;
                var label = new List<string>();
                if (endpoint.Pattern.Contains('{', StringComparison.Ordinal) && random.Next(2) == 0)
                {
                    var value = Pick(random, FuzzCases.Values);
                    path = RouteParameter().Replace(endpoint.Pattern.StartsWith('/') ? endpoint.Pattern : "/" + endpoint.Pattern, _ => value);
                    label.Add($"path {value[..Math.Min(value.Length, 20)]}");
                }

                if (!writes || random.Next(3) == 0)
                {
                    var name = Pick(random, FuzzCases.QueryNames);
                    var value = Pick(random, FuzzCases.QueryValues);
                    path += $"{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{name}={value}";
                    label.Add($"query {name}");
                }

                byte[]? body = null;
                string? contentType = null;
                if (writes)
                {
                    var (bodyLabel, bytes) = Pick(random, FuzzCases.Bodies);
                    body = bytes;
                    contentType = random.Next(2) == 0 ? endpoint.ContentType : Pick(random, FuzzCases.ContentTypes);
                    label.Add($"{bodyLabel} as {contentType ?? "no type"}");
                }

                var headers = new List<(string, string)>();
                if (random.Next(3) == 0)
                {
                    var header = Pick(random, FuzzCases.Headers);
                    headers.Add(header);
                    label.Add($"{header.Name}: {header.Value}");
                }

                requests.Add(new FuzzRequest(endpoint.Method, path, body, contentType, headers, string.Join("; ", label)));
            }
        }

        return requests;
    }

    public static async Task<Report> RunAsync(HttpClient client, IEnumerable<FuzzRequest> requests, CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var sent = 0;
        foreach (var fuzz in requests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), fuzz.Path);
            if (fuzz.Body is not null)
            {
                request.Content = new ByteArrayContent(fuzz.Body);
                if (fuzz.ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
                }
            }

            foreach (var (name, value) in fuzz.Headers)
            {
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using var response = await client.SendAsync(request, cancellationToken);
            sent++;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            // A HEAD answer has the headers of the GET answer and no body: its type is all there is to check.
            var failure = fuzz.Method == "HEAD"
                ? (status >= 500 ? "server error" : status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json" ? "not a problem" : null)
                : Check(status, response.Content.Headers.ContentType, text);
            if (failure is not null)
            {
                failures.Add($"{fuzz}: {status} {failure}: {text[..Math.Min(text.Length, 300)]}");
            }
        }

        return new Report(sent, statuses, failures);
    }

    /// <summary>Null when the answer is right: below 500, and a 4xx is a problem with its status, a catalogued type, that says what is wrong.</summary>
    public static string? Check(int status, MediaTypeHeaderValue? contentType, string body)
    {
        if (status >= 500)
        {
            return "server error";
        }

        if (status < 400)
        {
            return null;
        }

        if (contentType?.MediaType != "application/problem+json")
        {
            return $"not a problem document ({contentType?.MediaType ?? "no body type"})";
        }

        try
        {
            var problem = JsonSerializer.Deserialize<JsonElement>(body);
            if (!problem.TryGetProperty("status", out var statusProperty) || statusProperty.GetInt32() != status)
            {
                return "problem without its status";
            }

            // Every type a service writes is one of the suite's catalogue (or the framework's own RFC 9110 link).
            if (problem.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString()!.StartsWith("urn:", StringComparison.Ordinal) && !ProblemTypes.All.Contains(type.GetString()!))
            {
                return $"problem type {type.GetString()} is not in ProblemTypes";
            }

            var says = (problem.TryGetProperty("errors", out var errors) && errors.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                    && (errors.ValueKind == JsonValueKind.Object ? errors.EnumerateObject().Any() : errors.GetArrayLength() > 0))
                || (problem.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String && detail.GetString()!.Length > 0);
            return says ? null : "problem that does not say what is wrong (no errors, no detail)";
        }
        catch (JsonException)
        {
            return "problem body that is not JSON";
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
