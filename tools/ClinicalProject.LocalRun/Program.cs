using ClinicalProject.LocalRun;

// Starts the suite on this machine without containers, or mints a development token; see README.md.
return args is ["token", .. var rest]
    ? await TokenCommand.RunAsync(rest)
    : await LocalRunCommand.RunAsync(args);
