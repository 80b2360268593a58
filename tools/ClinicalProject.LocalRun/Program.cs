using ClinicalProject.LocalRun;

// Starts the suite on this machine without containers; see README.md ("Run").
return await LocalRunCommand.RunAsync(args);
