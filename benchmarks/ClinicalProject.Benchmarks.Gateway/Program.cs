using ClinicalProject.Benchmarks.Gateway;

// The same small GET directly against a service, through the gateway, nginx and YARP alone; see README.md
// ("Benchmarks"). With "yarp-alone" this program is the YARP-alone proxy the benchmark starts.
return args is [YarpAloneProxy.Mode, ..]
    ? await YarpAloneProxy.RunAsync(args)
    : await GatewayBenchmark.RunAsync(args);
