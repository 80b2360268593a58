namespace ClinicalProject.EndToEnd.Tests;

/// <summary>Collects what a resource writes, from the moment it is created.</summary>
public sealed class ResourceOutput
{
    private readonly List<string> _lines = [];
    private readonly CancellationTokenSource _stop;
    private readonly Task _following;

    public ResourceOutput(ResourceLoggerService logs, IResource resource, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _following = FollowAsync(logs, resource, _stop.Token);
    }

    /// <summary>The lines written so far, once two seconds have passed (late lines of an exited process arrive).</summary>
    public async Task<string> UntilQuietAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        await _stop.CancelAsync();
        await _following;
        _stop.Dispose();
        lock (_lines)
        {
            return string.Join('\n', _lines);
        }
    }

    private async Task FollowAsync(ResourceLoggerService logs, IResource resource, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(cancellationToken))
            {
                lock (_lines)
                {
                    _lines.AddRange(batch.Select(l => l.Content));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Done following.
        }
    }
}
