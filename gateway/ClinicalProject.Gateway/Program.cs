using ClinicalProject.Gateway;
using ClinicalProject.ServiceDefaults;

// The suite's one front door: /api/v1/<service>/** to the four services, with authentication, role policies,
// rate limits, body limits, CORS, caching and the aggregated OpenAPI document.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseGateway();
app.MapDefaultEndpoints();
app.MapGatewayApi();

app.Run();
