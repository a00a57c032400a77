using ChatBot.Core.Moderation;
using ChatBot.Core.Timeline;

namespace ChatBot.Host.AdminConsole;

/// <summary>
/// A moderator's note that an event is wrongly dated. Flags are only moderation log entries: the page lists them for
/// whoever corrects the article; nothing in the timeline changes until the article is fixed and reloaded.
/// </summary>
internal sealed record TimelineFlag(ModerationEntry Entry, TimelineEvent? Event)
{
    public const string Action = "console timeline flag";
    public const string OutcomePrefix = "flagged as wrongly dated";

    public string Note => Entry.Outcome.StartsWith(OutcomePrefix + ": ", StringComparison.Ordinal) ? Entry.Outcome[(OutcomePrefix.Length + 2)..] : "";

    public static string Outcome(string? note)
    {
        var line = (note ?? "").ReplaceLineEndings(" ").Trim();
        line = line.Length <= 300 ? line : line[..299] + "…";
        return line.Length == 0 ? OutcomePrefix : $"{OutcomePrefix}: {line}";
    }
}
