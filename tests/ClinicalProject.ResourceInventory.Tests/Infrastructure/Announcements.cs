using ClinicalProject.Contracts;
using MassTransit.Testing;

namespace ClinicalProject.ResourceInventory.Tests.Infrastructure;

public static class Announcements
{
    /// <summary>
    /// Waits (up to 20 s) until the outbox dispatcher has published a <see cref="ResourceInventoryChanged"/>
    /// carrying the change. Polls instead of the harness's inactivity wait, which other tests' traffic can cut short.
    /// </summary>
    public static async Task<bool> WasAnnouncedAsync(this ITestHarness harness, string kind, Guid id, int version, string action)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (harness.Published.Select<ResourceInventoryChanged>()
                .Any(m => m.Context.Message.Changes.Any(c => c.Kind == kind && c.Id == id && c.Version == version && c.Action == action)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
