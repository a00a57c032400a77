using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Discord.Support;

/// <summary>Replies shaped like the command layer's.</summary>
internal static class Replies
{
    public static Reply Answer(ReplyVisibility visibility = ReplyVisibility.Ephemeral) => new()
    {
        Kind = ReplyKind.Answer,
        Title = "When did the five abductees return?",
        Body = "Five abductees returned to Japan on 15 October 2002 [1]. Their return followed the September summit [2].",
        Sources =
        [
            new ReplySource(1, "The Abductions", "R. Boynton", "2015-05-01", "https://example.org/a", "Five abductees returned to Japan on 15 October 2002.", "a1", "p1"),
            new ReplySource(2, "Summit diplomacy", null, "2002-09-17", "https://example.org/b", "Koizumi met Kim Jong-il in Pyongyang.", "a2", "p2"),
        ],
        ButtonRows =
        [
            [
                new ReplyButton("quotes:k1", "Show quotes"),
                new ReplyButton("tl:k1", "Timeline for this"),
                new ReplyButton("fb:up:k1", "", Emoji: "👍"),
                new ReplyButton("fb:down:k1", "", Emoji: "👎"),
            ],
        ],
        Footer = "Answers come only from the indexed articles (corpus of 2026-11-01).",
        Visibility = visibility,
    };
}
