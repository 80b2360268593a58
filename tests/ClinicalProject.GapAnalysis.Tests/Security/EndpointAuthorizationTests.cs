using ClinicalProject.GapAnalysis.Tests.Infrastructure;
using ClinicalProject.ServiceDefaults.Authentication;

namespace ClinicalProject.GapAnalysis.Tests.Security;

/// <summary>Every endpoint gap analysis maps: reading needs viewer, every write needs planner; only probes and OpenAPI are open.</summary>
public sealed class EndpointAuthorizationTests(GapAnalysisApiFactory factory) : Testing.Security.EndpointAuthorizationTests(
    factory.Services, factory.Server.CreateClient, ClinicalRoles.Planner,
    ["POST /travel-times/{version}", "POST /analyses/{analysis}/scenarios", "GET /access-scores.geojson"]), IClassFixture<GapAnalysisApiFactory>;
