using System.CommandLine;
using ChatBot.Host.Cli.Verbs;

namespace ChatBot.Host.Cli;

/// <summary>
/// The `chatbot` command line. Exit codes: 0 success, 2 bad usage, 1 any other error; errors are one line on
/// standard error, never a stack trace.
/// </summary>
internal static class ChatBotCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Answers questions about the Japan–North Korea abduction issue from an indexed corpus, with citations.");
        foreach (var verb in Verbs())
        {
            root.Subcommands.Add(verb);
        }

        // No response files: a question that starts with "@" ("@everyone who returned…") is a question.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (args is [var first, ..] && !first.StartsWith('-') && root.Subcommands.All(c => c.Name != first))
        {
            await Console.Error.WriteLineAsync($"error: unknown command '{first}'; the commands are: {string.Join(", ", root.Subcommands.Select(c => c.Name))} (see 'chatbot --help')");
            return 2;
        }

        if (parsed.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"error: {parsed.Errors[0].Message} (see 'chatbot {VerbOf(args)}--help')");
            return 2;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"error: {OneLine(e)}");
            return 1;
        }
    }

    private static IEnumerable<Command> Verbs() =>
    [
        IndexVerb.Create(),
        SourcesVerb.Create(),
        SearchVerb.Create(),
        AskVerb.Create(),
        TimelineVerb.Create(),
        DiscordVerb.Create(),
        FactCardsVerb.Create(),
        CorpusVerb.Create(),
        DbVerb.Create(),
        TrainClassifierVerb.Create(),
        TrainRankerVerb.Create(),
        HealthcheckVerb.Create(),
        AdminVerb.Create(),
        new Command("serve", "Run the chat host (Discord and Slack endpoints, /healthz, /readyz); ASP.NET Core options such as --urls apply"),
    ];

    private static string VerbOf(string[] args) => args.Length > 0 && !args[0].StartsWith('-') ? args[0] + " " : "";

    private static string OneLine(Exception e) => e switch
    {
        DirectoryNotFoundException or FileNotFoundException => e.Message,
        Microsoft.Extensions.Options.OptionsValidationException options => string.Join("; ", options.Failures),
        _ => $"{e.Message.Split('\n')[0].Trim()}",
    };
}
