namespace ClinicalProject.LocalRun;

/// <summary>
/// Starts the suite on this machine without containers, or mints a development token; see README.md.
/// A named entry point rather than top-level statements: test projects reference this assembly next to a
/// service's, and two public <c>Program</c> classes would collide.
/// </summary>
internal static class EntryPoint
{
    public static async Task<int> Main(string[] args) =>
        args is ["token", .. var rest]
            ? await TokenCommand.RunAsync(rest)
            : await LocalRunCommand.RunAsync(args);
}
