using System.Buffers;
using System.IO.Hashing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;

namespace ClinicalProject.Gateway.Caching;

/// <summary>
/// Gives successful GET answers an ETag and honours <c>If-None-Match</c> with 304. A service's own ETag is
/// kept (and the service, which receives <c>If-None-Match</c> too, answers 304 itself). Otherwise the gateway
/// reads the answer (up to <c>Gateway:OutputCache:MaxBodySize</c>), hashes it (XxHash128: a content
/// fingerprint, not a security measure) and sends it on with <c>ETag: "…"</c>; a larger answer is streamed
/// on unchanged, without an ETag. The output cache stores the answer with its ETag and answers later
/// <c>If-None-Match</c> requests from memory.
/// </summary>
public sealed class ETagTransform(IOptions<GatewaySettings> settings)
{
    public async ValueTask ApplyAsync(ResponseTransformContext transform)
    {
        var context = transform.HttpContext;
        var upstream = transform.ProxyResponse;
        if (upstream is null
            || upstream.StatusCode != System.Net.HttpStatusCode.OK
            || !HttpMethods.IsGet(context.Request.Method)
            || upstream.Headers.ETag is not null
            || upstream.Content.Headers.ContentLength > settings.Value.OutputCache.MaxBodySize)
        {
            return;
        }

        var limit = settings.Value.OutputCache.MaxBodySize;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, (int)(upstream.Content.Headers.ContentLength ?? 16 * 1024) + 1));
        try
        {
            var stream = await upstream.Content.ReadAsStreamAsync(transform.CancellationToken);
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), transform.CancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            transform.SuppressResponseBody = true;
            if (length > limit)
            {
                // Too large to fingerprint: send what was read and stream the rest, without an ETag.
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, length), transform.CancellationToken);
                await stream.CopyToAsync(context.Response.Body, transform.CancellationToken);
                return;
            }

            var etag = Fingerprint(buffer.AsSpan(0, length));
            context.Response.Headers.ETag = etag;
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.Remove(HeaderNames.ContentLength);
                return;
            }

            context.Response.ContentLength = length;
            await context.Response.Body.WriteAsync(buffer.AsMemory(0, length), transform.CancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string Fingerprint(ReadOnlySpan<byte> body)
    {
        var hash = XxHash128.HashToUInt128(body);
        return string.Create(34, hash, static (chars, value) =>
        {
            chars[0] = '"';
            chars[^1] = '"';
            ((ulong)(value >> 64)).TryFormat(chars[1..17], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
            ((ulong)value).TryFormat(chars[17..33], out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    /// <summary>RFC 9110 weak comparison: <c>*</c>, or any listed tag equal to ours ignoring <c>W/</c>.</summary>
    public static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
        {
            foreach (var candidate in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || (candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate) == etag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
