using System.Diagnostics;
using System.Reflection;
using ClinicalProject.Testing.Broker;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework(
    "ClinicalProject.Messaging.Tests.Infrastructure.BrokerTestFramework", "ClinicalProject.Messaging.Tests")]

namespace ClinicalProject.Messaging.Tests.Infrastructure;

/// <summary>
/// One broker for the whole test assembly: <c>RABBITMQ_URL</c> when set, else a private RabbitMQ node,
/// started at the first test that asks for it (<see cref="SharedBroker.GetAsync"/>) and stopped when the
/// assembly has finished. xunit 2 has no assembly fixtures, hence this small test framework. The test
/// classes stay in their own collections, so they run in parallel on the one broker, each test isolated
/// by its own entity prefix.
/// </summary>
public sealed class BrokerTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override async void RunTestCases(
            IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(
        ITestAssembly testAssembly,
        IEnumerable<IXunitTestCase> testCases,
        IMessageSink diagnosticMessageSink,
        IMessageSink executionMessageSink,
        ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            var stopwatch = Stopwatch.StartNew();
            var description = await SharedBroker.DisposeAsync();
            if (description is not null)
            {
                DiagnosticMessageSink.OnMessage(new DiagnosticMessage($"Released broker {description} in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
            }

            await base.BeforeTestAssemblyFinishedAsync();
        }
    }
}

/// <summary>The assembly's broker; every test that needs one awaits <see cref="GetAsync"/>.</summary>
public static class SharedBroker
{
    private static readonly Lock Gate = new();
    private static Task<BrokerLease>? _lease;

    /// <summary>The broker's AMQP URI. Fails (never skips) with the install hint when no broker can be had.</summary>
    public static async Task<string> GetAsync()
    {
        Task<BrokerLease> lease;
        lock (Gate)
        {
            _lease ??= Task.Run(() => RabbitMqBroker.AcquireAsync(CancellationToken.None));
            lease = _lease;
        }

        try
        {
            return (await lease).AmqpUri;
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException(
                $"The messaging tests need a RabbitMQ broker and none could be had: {exception.Message}\n{RabbitMqNode.InstallHint}", exception);
        }
    }

    /// <summary>How long the private node took to start, when one was started.</summary>
    public static TimeSpan? NodeStartDuration =>
        _lease is { IsCompletedSuccessfully: true } lease ? lease.Result.Node?.StartDuration : null;

    internal static async Task<string?> DisposeAsync()
    {
        Task<BrokerLease>? lease;
        lock (Gate)
        {
            lease = _lease;
            _lease = null;
        }

        if (lease is null)
        {
            return null;
        }

        try
        {
            var acquired = await lease;
            var description = acquired.Node is { } node
                ? $"{node} (started in {node.StartDuration.TotalSeconds:0.0} s)"
                : $"from {RabbitMqBroker.UrlVariable}";
            await acquired.DisposeAsync();
            return description;
        }
        catch (InvalidOperationException)
        {
            return null; // it never started; the tests have reported why
        }
    }
}
