using System.Threading.Channels;

namespace ClinicalProject.PopulationProfiling.Datasets.Import;

/// <summary>
/// The asynchronous imports waiting on this replica. The uploaded file is on this replica's disk, so the work
/// stays here; a replica that stops leaves its queued jobs to be reported as interrupted (see <see cref="ImportJobs"/>).
/// </summary>
public sealed class ImportJobQueue
{
    private readonly Channel<ImportWork> _channel = Channel.CreateUnbounded<ImportWork>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(ImportWork work, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(work, cancellationToken);

    public IAsyncEnumerable<ImportWork> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
