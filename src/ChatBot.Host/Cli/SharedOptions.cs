using System.CommandLine;

namespace ChatBot.Host.Cli;

/// <summary>Options several verbs share.</summary>
internal static class SharedOptions
{
    public static Option<string?> Corpus() => new("--corpus") { Description = "Corpus folder (default: ChatBot:Corpus:Directory, ./corpus)" };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text" };

    public static Option<string?> Batch() => new("--batch") { Description = "A file with one entry per line; prints one JSON object per line, in order" };

    public static Option<string?> Database() => new("--db") { Description = "LiteDB file (default: ChatBot:Storage:DatabasePath, ./data/chatbot.db)" };
}
