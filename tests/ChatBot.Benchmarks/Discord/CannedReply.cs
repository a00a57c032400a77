using ChatBot.Core.Commands;
using ChatBot.Testing;

namespace ChatBot.Benchmarks.Discord;

/// <summary>The same cited reply for every command, answered at once, so a benchmark measures the adapter alone.</summary>
internal static class CannedReply
{
    public static readonly Reply Answer = new()
    {
        Kind = ReplyKind.Answer,
        Title = "When did the five abductees return to Japan?",
        Body = "Five abductees returned to Japan on 15 October 2002 [1]. Their return followed the September summit in Pyongyang [2].",
        Sources =
        [
            new ReplySource(1, "North Korea's Abduction Project", "R. S. Boynton", "2015", "https://example.org/a", "Five abductees returned to Japan on 15 October 2002.", "a1", "p1"),
            new ReplySource(2, "Summit diplomacy", null, "2002-09-17", "https://example.org/b", "Koizumi met Kim Jong-il in Pyongyang.", "a2", "p2"),
        ],
        ButtonRows = [[new ReplyButton("quotes:k", "Show quotes"), new ReplyButton("tl:k", "Timeline for this"), new ReplyButton("fb:up:k", "Helpful", Emoji: "👍"), new ReplyButton("fb:down:k", "Not helpful", Emoji: "👎")]],
        Footer = "Answers come only from the indexed articles (corpus of 2026-11-01).",
    };

    /// <summary>A command layer answering <see cref="Answer"/> to everything and keeping nothing.</summary>
    public static FakeCommandDispatcher Dispatcher() => new()
    {
        Records = false,
        OnCommand = (_, _) => Task.FromResult(Answer),
        OnComponent = (_, _) => Task.FromResult(Answer),
    };
}
