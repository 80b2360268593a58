using ClinicalProject.ImpactFollowUp;
using ClinicalProject.ImpactFollowUp.Data;
using ClinicalProject.ServiceDefaults;
using ClinicalProject.ServiceDefaults.Database;

// Impact follow-up: action plans, followed indicators, their series, declared evaluations, statuses and alerts.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddImpactFollowUp();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapImpactFollowUpApi();

return await app.RunWithMigrationsAsync<ImpactDbContext>(args);
