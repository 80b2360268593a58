using System.Diagnostics;

namespace ClinicalProject.Benchmarks.Gateway;

/// <summary>Waiting for a started target to answer.</summary>
public static class Readiness
{
    /// <summary>
    /// Polls <paramref name="url"/> until it answers with success, the process exits (then throws with
    /// what <paramref name="exitDetail"/> says), or the attempts run out (false).
    /// </summary>
    public static async Task<bool> WaitAsync(Uri url, Process? process, Func<Process, Task<string>> exitDetail, int attempts, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"{url} will not answer: its process exited with {process.ExitCode}. {await exitDetail(process)}");
            }

            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(100, cancellationToken);
        }

        return false;
    }
}
