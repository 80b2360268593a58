using ClinicalProject.GapAnalysis.Common;
using ClinicalProject.GapAnalysis.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicalProject.GapAnalysis.Runs;

/// <summary>
/// Debounced re-runs: after an input event, waits until <see cref="GapAnalysisOptions.DebounceDelay"/> passes with
/// no further event, then runs one analysis over every pending change. Pending changes survive restarts (they are
/// rows), so a change received before a crash is analysed after it. A run that fails is retried with back-off
/// while changes are pending; a run skipped for want of inputs (no profile yet) waits for the next event.
/// </summary>
public sealed partial class AnalysisScheduler(
    AnalysisTrigger trigger,
    IServiceScopeFactory scopes,
    IOptions<GapAnalysisOptions> options,
    TimeProvider time,
    ILogger<AnalysisScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan MaximumBackOff = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await HasPendingAsync(stoppingToken))
        {
            trigger.Signal();
        }

        var backOff = options.Value.DebounceDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await trigger.Signals.ReadAsync(stoppingToken);
                await QuietAsync(stoppingToken);
                await trigger.RunGate.WaitAsync(stoppingToken);
                RunResult result;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    result = await scope.ServiceProvider.GetRequiredService<AnalysisRunner>().RunAsync("events", stoppingToken);
                }
                finally
                {
                    trigger.RunGate.Release();
                }

                backOff = options.Value.DebounceDelay;
                if (result.AnalysisId is not null && await HasPendingAsync(stoppingToken))
                {
                    trigger.Signal(); // events that arrived while it ran
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(exception, backOff);
                await Task.Delay(backOff, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, MaximumBackOff.Ticks));
                if (!stoppingToken.IsCancellationRequested && await HasPendingAsync(stoppingToken))
                {
                    trigger.Signal();
                }
            }
        }
    }

    /// <summary>Waits until a whole debounce delay passes without a new signal.</summary>
    private async Task QuietAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            quiet.CancelAfter(options.Value.DebounceDelay);
            try
            {
                await trigger.Signals.ReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<bool> HasPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GapAnalysisDbContext>();
        return await db.InputChanges.AnyAsync(c => c.ConsumedBy == null, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Gap analysis run failed; retrying in {BackOff} while input changes are pending")]
    private partial void LogFailed(Exception exception, TimeSpan backOff);
}
