using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ClinicalProject.Messaging.Tests.Infrastructure;

/// <summary>Writes a host's log to the test's output, which is shown when the test fails.</summary>
public sealed class TestOutputLoggerProvider(ITestOutputHelper output, string hostName) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(output, hostName, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper output, string hostName, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} [{hostName}] {logLevel} {category}: {formatter(state, exception)}";
            if (exception is not null)
            {
                line += Environment.NewLine + exception;
            }

            try
            {
                output.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                // The test has finished; a host still stopping has nobody to tell.
            }
        }
    }
}
