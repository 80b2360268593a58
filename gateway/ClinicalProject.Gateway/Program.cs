using ClinicalProject.Gateway;
using ClinicalProject.ServiceDefaults;

// The suite's one front door: /api/<service>/** to the four services.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayProxy();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGatewayProxy();

app.Run();
public partial class Program;
