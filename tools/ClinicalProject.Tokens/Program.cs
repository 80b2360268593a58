using ClinicalProject.Tokens;

// Mints development tokens: see TokenCommand and scripts/token.sh.
return await TokenCommand.RunAsync(args);
