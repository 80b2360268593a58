using System.Text;

namespace ClinicalProject.Testing.Fuzz;

/// <summary>One malformed request: a method, a path, a body of some media type, extra headers.</summary>
public sealed record FuzzRequest(string Method, string Path, byte[]? Body, string? ContentType, IReadOnlyList<(string Name, string Value)> Headers, string Label)
{
    public override string ToString() => $"{Method} {Path} [{Label}]";
}

/// <summary>
/// The malformed bodies, headers, path segments and query values the fuzzer draws from: broken and wrongly
/// typed JSON, bytes that are not UTF-8, NULs, absurd numbers, nesting past any parser's depth, media types that
/// lie, garbage preconditions.
/// </summary>
public static class FuzzCases
{
    public static readonly IReadOnlyList<(string Label, byte[] Bytes)> Bodies =
    [
        ("empty", []),
        ("open brace", Utf8("{")),
        ("truncated object", Utf8("{\"name\":")),
        ("truncated array", Utf8("[1,2")),
        ("json null", Utf8("null")),
        ("json number", Utf8("42")),
        ("json string", Utf8("\"text\"")),
        ("json true", Utf8("true")),
        ("wrong field types", Utf8("{\"name\":[],\"code\":{},\"value\":\"x\",\"id\":17,\"version\":true,\"items\":\"none\"}")),
        ("absurd numbers", Utf8("{\"value\":1e400,\"count\":-1e308,\"year\":99999999999999999999,\"latitude\":1e308}")),
        ("deep nesting", Utf8(new string('[', 5000) + new string(']', 5000))),
        ("invalid utf-8", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]),
        ("nul bytes", [0x7B, 0x00, 0x00, 0x7D]),
        ("utf-16", Encoding.Unicode.GetBytes("{\"name\":\"x\"}")),
        ("csv garbage", Utf8("code,year\n\"unterminated,2021\n,,,,,,\n0511,20x6\n")),
        ("csv header only", Utf8("id\n")),
        ("zip header then garbage", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFF, 0xFF, 0xFF]),
        ("parquet magic only", Utf8("PAR1PAR1")),
    ];

    public static readonly IReadOnlyList<string?> ContentTypes =
    [
        null, "application/json", "text/plain", "application/json; charset=klingon", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "not a media type",
    ];

    public static readonly IReadOnlyList<(string Name, string Value)> Headers =
    [
        ("If-Match", "garbage"),
        ("If-Match", "999"),
        ("If-Match", "W/\""),
        ("If-None-Match", "\"unterminated"),
        ("Accept", "application/x-nothing"),
        ("Content-Encoding", "gzip"),
    ];

    /// <summary>Values put where a path parameter or a query value goes.</summary>
    public static readonly IReadOnlyList<string> Values =
    [
        "not-a-guid", "-1", "1e9", "99999999999999999999", "..%2F..%2Fetc", "%27%22%3C%3E", "x%20y", new string('a', 600),
        "00000000-0000-0000-0000-000000000000", "%E2%80%AE", "NaN", "2021-13-45", "true",
    ];

    /// <summary>Values for the query only: the in-process test server refuses a NUL in the path before the service sees it.</summary>
    public static readonly IReadOnlyList<string> QueryValues = [.. Values, "%00", "a%00b"];

    public static readonly IReadOnlyList<string> QueryNames =
    [
        "page", "pageSize", "version", "year", "from", "to", "territory", "level", "program", "q", "status", "latitude", "longitude",
        "withinKm", "hierarchyVersion", "sex", "allowRemovals", "format", "kind", "at",
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
