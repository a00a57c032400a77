namespace ChatBot.Core.Commands.Handlers;

/// <summary>/help: what the bot does and the commands it knows.</summary>
public sealed class HelpCommandHandler : ICommandHandler
{
    public const string Text =
        "I answer questions about the Japan–North Korea abduction issue using only the indexed articles, and I quote and cite every sentence I use. "
        + "When the articles don't cover something, I say so instead of guessing.\n"
        + "• /ask question:<your question> [public:true] — a cited answer (only you see it unless public)\n"
        + "• /timeline [from] [to] [about] — dated events with sources\n"
        + "• /sources — the articles I answer from\n"
        + "• /factcard show <slug>, /factcard list [tag] — fact cards reviewed by moderators\n"
        + "• /quiz start [topic] — a question for the channel; /quiz score — its leaderboard\n"
        + "• /reading [topic] — what to read, in order, with links\n"
        + "You can also mention me or send me a direct message with a question.";

    public static Reply Card { get; } = new() { Kind = ReplyKind.Help, Title = "About this bot", Body = Text };

    public string Command => "help";

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) => Task.FromResult(Card);
}
