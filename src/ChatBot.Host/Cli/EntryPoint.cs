namespace ChatBot.Host.Cli;

/// <summary>
/// Decides between the CLI and the web host. "serve" runs the host; so do host-style arguments ("--urls=…",
/// which is also how WebApplicationFactory starts the entry point). Anything else is a CLI verb.
/// </summary>
internal static class EntryPoint
{
    public static bool IsWebHost(string[] args) =>
        args.Length > 0 && (args[0] == "serve" && !args.Skip(1).Any(IsHelp) || (args[0].StartsWith("--", StringComparison.Ordinal) && !IsHelp(args[0]) && args[0] != "--version"));

    public static string[] WebHostArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?";
}
