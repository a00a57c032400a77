using System.CommandLine;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>`chatbot corpus add|feeds`: grow the corpus from web pages, PDFs, text files and feeds.</summary>
internal static class CorpusVerb
{
    public static Command Create()
    {
        var command = new Command("corpus", "Grow the corpus: add a web page, PDF or text file; follow RSS and Atom feeds");
        command.Subcommands.Add(CorpusAddVerb.Create());
        command.Subcommands.Add(CorpusFeedsVerb.Create());
        return command;
    }
}
