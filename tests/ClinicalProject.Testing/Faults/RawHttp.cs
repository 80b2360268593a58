using System.Net.Sockets;
using System.Text;

namespace ClinicalProject.Testing.Faults;

/// <summary>Requests no HttpClient would send (malformed chunking), written on a socket; the answer read as text.</summary>
public static class RawHttp
{
    /// <summary>Sends <paramref name="head"/> (request line and headers, without the blank line) and <paramref name="body"/>; returns status and body.</summary>
    public static async Task<(int Status, string Headers, string Body)> SendAsync(Uri server, string head, string body)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes(head.TrimEnd('\r', '\n') + $"\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n" + body);
        await stream.WriteAsync(request);
        await stream.FlushAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var answer = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                answer.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // The server may reset the connection after answering a request it could not read.
        }

        var text = Encoding.UTF8.GetString(answer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = split < 0 ? text : text[..split];
        var status = headers.Length >= 12 ? int.Parse(headers.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var rest = split < 0 ? "" : text[(split + 4)..];
        return (status, headers, headers.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase) ? Unchunk(rest) : rest);
    }

    private static string Unchunk(string chunked)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < chunked.Length)
        {
            var end = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (end < 0 || !int.TryParse(chunked.AsSpan(position, end - position), System.Globalization.NumberStyles.HexNumber, null, out var size) || size == 0)
            {
                break;
            }

            result.Append(chunked, end + 2, Math.Min(size, chunked.Length - end - 2));
            position = end + 2 + size + 2;
        }

        return result.ToString();
    }
}
