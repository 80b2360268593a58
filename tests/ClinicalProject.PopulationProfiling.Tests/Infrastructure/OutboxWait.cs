using System.Text.Json;
using ClinicalProject.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ClinicalProject.PopulationProfiling.Tests.Infrastructure;

/// <summary>Waits for the outbox dispatcher: the matching events, once every one of them has been sent.</summary>
public static class OutboxWait
{
    public static async Task<List<T>> WaitUntilSentAsync<T>(this ProfilingApiFactory factory, Func<T, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var rows = await factory.QueryDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.MessageType == MessageContracts.NameOf(typeof(T)))
                .ToListAsync());
            var mine = rows
                .Select(r => (Row: r, Event: JsonSerializer.Deserialize<T>(r.Body, HttpHelpers.Json)!))
                .Where(x => match(x.Event))
                .ToList();
            if (mine.All(x => x.Row.SentAtUtc is not null))
            {
                return mine.Select(x => x.Event).ToList();
            }

            Assert.True(DateTime.UtcNow < deadline, $"The outbox did not send the {typeof(T).Name} events within 15 s.");
            await Task.Delay(50);
        }
    }
}
