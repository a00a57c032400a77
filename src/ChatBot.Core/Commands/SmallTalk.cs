using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Commands;

/// <summary>What a message that is not a question is: a greeting, thanks, a goodbye or a request for help.</summary>
public enum SmallTalkKind
{
    None = 0,
    Greeting,
    Thanks,
    Farewell,
    Help,
}

/// <summary>
/// Recognises whole messages of small talk ("hi", "thanks!", "what can you do?") so they get a short friendly reply
/// or the help card instead of "The indexed articles don't cover that." A message that also asks something ("hi,
/// when did they return?") is a question.
/// </summary>
public static partial class SmallTalk
{
    public static SmallTalkKind Recognize(string message)
    {
        var text = Edges().Replace(MentionNeutralizer.Remove(message).ToLowerInvariant(), "");
        return text switch
        {
            _ when Greeting().IsMatch(text) => SmallTalkKind.Greeting,
            _ when Thanks().IsMatch(text) => SmallTalkKind.Thanks,
            _ when Farewell().IsMatch(text) => SmallTalkKind.Farewell,
            _ when Help().IsMatch(text) => SmallTalkKind.Help,
            _ => SmallTalkKind.None,
        };
    }

    /// <summary>"hi, when did they return?" → "when did they return?": a greeting in front of a question is not part of it.</summary>
    public static string WithoutGreeting(string question) =>
        LeadingGreeting().Match(question) is { Success: true } greeting && greeting.Length < question.Trim().Length
            ? question[greeting.Length..]
            : question;

    /// <summary>The reply to small talk: the help card for help, a short line otherwise; never feedback buttons.</summary>
    public static Reply Reply(SmallTalkKind kind, ReplyVisibility visibility, ChatPlatform platform = ChatPlatform.Discord, Handlers.HelpSettings? help = null) => kind switch
    {
        SmallTalkKind.Help => Handlers.HelpCommandHandler.Card(platform, help) with { Visibility = visibility },
        SmallTalkKind.Thanks => new Reply { Kind = ReplyKind.Info, Body = "You're welcome! Ask again any time.", Visibility = visibility },
        SmallTalkKind.Farewell => new Reply { Kind = ReplyKind.Info, Body = "Goodbye! I'm here whenever you have a question about the abduction issue.", Visibility = visibility },
        _ => new Reply
        {
            Kind = ReplyKind.Info,
            Body = "Hi! Ask me anything about the Japan–North Korea abduction issue — for example “When did North Korea admit the abductions?” — and I'll answer from the indexed articles, with sources. /help shows everything I can do.",
            Visibility = visibility,
        },
    };

    [GeneratedRegex(@"^[\s\p{P}\p{S}\p{Cs}]+|[\s\p{P}\p{S}\p{Cs}]+$")]
    private static partial Regex Edges();

    [GeneratedRegex(@"^(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|evening|day))( there| all| everyone| bot)?$")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^\s*(hi|hello|hey|hiya|howdy|greetings|good (morning|afternoon|evening|day))( there| all| everyone| bot)?\s*[,!.:;—–-]*\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGreeting();

    [GeneratedRegex(@"^((many )?thanks|thank you|thx|ty|cheers)( (so|very) much| a lot| bot| again)?$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(bye|goodbye|bye bye|see you|see ya|good night|later)$")]
    private static partial Regex Farewell();

    [GeneratedRegex(@"^(help|commands|what can you do|what do you do|who are you|what are you|how do (i|you) use (this|you|this bot)|how does this (bot )?work)$")]
    private static partial Regex Help();
}
