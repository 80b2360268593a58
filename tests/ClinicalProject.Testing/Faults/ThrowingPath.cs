using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.Testing.Faults;

/// <summary>
/// Fault injection from the test side (nothing in the service knows of it): requests to <paramref name="path"/>
/// throw <paramref name="exception"/>'s result, as a bug deep in a handler would. Registered after the service's
/// own start-up filters, so it sits inside every middleware the service defaults put first.
/// </summary>
public sealed class ThrowingPath(string path, Func<Exception> exception) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(path, branch => branch.Run(_ => throw exception()));
        next(app);
    };

    public static void Add(IServiceCollection services, string path, Func<Exception> exception) =>
        services.AddSingleton<IStartupFilter>(new ThrowingPath(path, exception));
}
