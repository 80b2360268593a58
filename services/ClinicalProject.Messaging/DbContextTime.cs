using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalProject.Messaging;

/// <summary>The application's <see cref="TimeProvider"/> as a <see cref="DbContext"/> sees it (tests replace it).</summary>
public static class DbContextTime
{
    public static TimeProvider TimeProvider(this DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? System.TimeProvider.System;
}
