namespace ChatBot.Core.Commands;

/// <summary>
/// The platform-neutral command names: what handlers answer to, what Discord registers (commands.json is checked
/// against these), what Slack's slash commands and mentions become. Written once, here.
/// </summary>
public static class CommandNames
{
    public const string Ask = "ask";
    public const string Timeline = "timeline";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string Check = "check";
    public const string FactCard = "factcard";
    public const string Quiz = "quiz";
    public const string Reading = "reading";
    public const string Admin = "admin";

    /// <summary>Moderators add a web page to the corpus ("corpus add").</summary>
    public const string Corpus = "corpus";

    /// <summary>The option that asks for a reply everyone in the channel sees.</summary>
    public const string PublicOption = "public";

    public static IReadOnlyList<string> All { get; } = [Ask, Timeline, Sources, Help, Check, FactCard, Quiz, Reading, Corpus, Admin];

    public static bool Is(CommandRequest request, string name) => string.Equals(request.Command, name, StringComparison.OrdinalIgnoreCase);
}
