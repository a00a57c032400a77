namespace ChatBot.Core.Commands.Handlers;

/// <summary>
/// /help: what the bot does and the commands it knows, in the syntax of the platform it is shown on. Discord's card
/// mentions @mentions and direct messages only when the gateway that receives them is on.
/// </summary>
public sealed class HelpCommandHandler(HelpSettings? settings = null) : ICommandHandler
{
    public const string Intro =
        "I answer questions about the Japan–North Korea abduction issue using only the indexed articles, and I quote and cite every sentence I use. "
        + "When the articles don't cover something, I say so instead of guessing.";

    private const string Conversations = "You can also mention me or send me a direct message with a question.";

    private static readonly string DiscordCommands =
        "• /ask question:<your question> [public:true] — a cited answer (only you see it unless public)\n"
        + "• /timeline [from] [to] [about] [picture:true] — dated events with sources, also as a picture\n"
        + "• /sources — the articles I answer from\n"
        + "• /factcard show <slug>, /factcard list [tag] — fact cards reviewed by moderators\n"
        + "• /quiz start [topic] — a question for the channel; /quiz score — its leaderboard\n"
        + "• /reading [topic] — what to read, in order, with links\n"
        + "• Apps → Check with sources, on any message — the articles' sentences that say the same or differ, cited";

    private static readonly string SlackCommands =
        "• /ask <your question> — a cited answer only you see; /ask public <question> posts it in the channel\n"
        + "• /timeline [from:1977] [to:2002] [about:<topic>] [picture] — dated events with sources; picture sends them drawn to your direct messages\n"
        + "• /sources — the articles I answer from\n"
        + "• /factcard show <slug>, /factcard list [tag] — fact cards reviewed by moderators\n"
        + "• /quiz start [topic] — a question for the channel; /quiz score — its leaderboard\n"
        + "• /reading [topic] — what to read, in order, with links\n"
        + "• More actions (⋯) → Check with sources, on any message — the articles' sentences that say the same or differ, cited\n"
        + "• /abduction <command> … — any of these in one command (/abduction timeline from:2002), /abduction-help — this card";

    private readonly HelpSettings help = settings ?? new HelpSettings();

    public string Command => CommandNames.Help;

    /// <summary>The card for a platform (Discord's syntax for the command line).</summary>
    public static Reply Card(ChatPlatform platform, HelpSettings? settings = null)
    {
        var mentions = platform == ChatPlatform.Slack || (settings ?? new HelpSettings()).DiscordConversations;
        var commands = platform == ChatPlatform.Slack ? SlackCommands : DiscordCommands;
        return new Reply { Kind = ReplyKind.Help, Title = "About this bot", Body = $"{Intro}\n{commands}{(mentions ? $"\n{Conversations}" : "")}" };
    }

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) => Task.FromResult(Card(request.Platform, help));
}

/// <param name="DiscordConversations">True when Discord @mentions and direct messages reach the bot (the gateway is on).</param>
public sealed record HelpSettings(bool DiscordConversations = false);
