using System.Text.RegularExpressions;
using ClinicalProject.Messaging.Outbox;
using ClinicalProject.ServiceDefaults.OpenApi;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ClinicalProject.Messaging;

public static partial class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit on RabbitMQ (<c>ConnectionStrings:messaging</c>) with bounded exponential retries then the
    /// <c>_error</c> queue, and the transactional outbox of <typeparamref name="TContext"/> with its dispatcher.
    /// Consumers are added in <paramref name="configure"/>; each gets a queue named after this service. Nothing is
    /// wired in the build-time OpenAPI generator's run (<see cref="OpenApiDocumentGeneration"/>).
    /// </summary>
    public static TBuilder AddMessaging<TBuilder, TContext>(this TBuilder builder, Action<IBusRegistrationConfigurator>? configure = null)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        if (OpenApiDocumentGeneration.IsRunning)
        {
            // The build-time OpenAPI generator reads the endpoints only; no handler takes the bus as a parameter.
            return builder;
        }

        var section = builder.Configuration.GetSection(MessagingOptions.SectionName);
        builder.Services.Configure<MessagingOptions>(section);
        var options = section.Get<MessagingOptions>() ?? new MessagingOptions();
        var serviceName = string.IsNullOrWhiteSpace(options.ServiceName) ? KebabCase(builder.Environment.ApplicationName) : options.ServiceName;

        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString) || !Uri.TryCreate(connectionString, UriKind.Absolute, out var brokerUri))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} must be a RabbitMQ URI such as amqp://guest:guest@localhost:5672/ (got '{connectionString}').");
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxSaveChangesInterceptor>();

        builder.Services.AddMassTransit(bus =>
        {
            var queuePrefix = string.IsNullOrWhiteSpace(options.EntityPrefix) ? serviceName : $"{options.EntityPrefix}-{serviceName}";
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(queuePrefix, includeNamespace: false));
            configure?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(brokerUri);
                if (!string.IsNullOrWhiteSpace(options.EntityPrefix))
                {
                    rabbit.MessageTopology.SetEntityNameFormatter(
                        new PrefixEntityNameFormatter(rabbit.MessageTopology.EntityNameFormatter, options.EntityPrefix + "-"));
                }

                // Bounded retries with back-off; what still fails is moved to <queue>_error, never dropped.
                rabbit.UseMessageRetry(retry => retry.Exponential(
                    options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryIntervalDelta));
                rabbit.ConfigureEndpoints(context);
            });
        });

        // After AddMassTransit, which registers the bus's hosted service: hosted services start in registration
        // order and stop in reverse, so the dispatcher starts after the bus and stops before it (a dispatcher
        // stopping after the bus could publish through the stopped bus, which reopens a broker connection that
        // nothing closes any more).
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();

        return builder;
    }

    /// <summary>"ClinicalProject.ResourceInventory" becomes "resource-inventory".</summary>
    internal static string KebabCase(string applicationName)
    {
        var lastPart = applicationName.Split('.', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? applicationName;
        return WordBoundary().Replace(lastPart, "$1-$2").ToLowerInvariant();
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
