using ClinicalProject.Benchmarks.Gateway;

// The same small GET directly against a service, through the gateway and through nginx; see README.md ("Benchmarks").
return await GatewayBenchmark.RunAsync(args);
