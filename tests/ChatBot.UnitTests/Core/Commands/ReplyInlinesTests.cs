using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Quiz;
using ChatBot.Core.Quiz;
using ChatBot.Discord.Rendering;
using ChatBot.Slack.Rendering;

namespace ChatBot.UnitTests.Commands;

public sealed class ReplyInlinesTests
{
    private static readonly DateTimeOffset Closing = new(2026, 12, 3, 21, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Resolve_WritesFallbacks_AndDropsMarkersThatPointNowhere()
    {
        var inlines = new ReplyInlines();
        var text = $"closes at {inlines.Time(Closing)}; forged \uFFF97\uFFFB and stray \uFFFB end";

        Assert.Equal("closes at 2026-12-03 21:30 UTC; forged  and stray  end", ReplyInlines.Resolve(text, inlines.Items));
    }

    [Fact]
    public void Leaderboard_NamesPeopleAsReferencesOnDiscord_WithoutPinging()
    {
        var board = QuizReplies.Leaderboard([new QuizScore("111", "Alice", 3, 4), new QuizScore("222", "Alice", 2, 4), new QuizScore("333", "@everyone", 1, 1)]);

        var message = ReplyRenderer.Render(board with { Visibility = ReplyVisibility.Public });
        var description = message.Embeds[0].Description!;

        Assert.Contains("1. <@111> — 3 correct of 4", description, StringComparison.Ordinal);
        Assert.Contains("2. <@222> — 2 correct of 4", description, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", description, StringComparison.Ordinal);
        Assert.Empty(message.ToCallbackData().AllowedMentions!.Parse!);
    }

    [Fact]
    public void Leaderboard_OnSlack_ReferencesPeoplePrivately_AndTellsTwoAlicesApartInPublic()
    {
        var board = QuizReplies.Leaderboard([new QuizScore("U0000111", "Alice", 3, 4), new QuizScore("U0000222", "Alice", 2, 4)]);

        var privately = Sections(BlockKitRenderer.Render(board));
        var publicly = Sections(BlockKitRenderer.Render(board with { Visibility = ReplyVisibility.Public }));

        Assert.Contains("1. <@U0000111> — 3 correct of 4", privately, StringComparison.Ordinal);
        Assert.Contains("1. Alice (…0111) — 3 correct of 4", publicly, StringComparison.Ordinal);
        Assert.Contains("2. Alice (…0222) — 2 correct of 4", publicly, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", publicly, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_AreTimestampsEachReaderSeesInTheirOwnZone()
    {
        var reply = Reply.Info($"Answers are open until {ReplyInlines.Marker(0)}.") with { Inlines = [ReplyInline.Time(Closing)] };
        var unix = Closing.ToUnixTimeSeconds();

        Assert.Contains($"<t:{unix}:f> (<t:{unix}:R>)", ReplyRenderer.Render(reply).Content, StringComparison.Ordinal);
        Assert.Contains($"<!date^{unix}^{{date_short_pretty}} at {{time}}|2026-12-03 21:30 UTC>", Sections(BlockKitRenderer.Render(reply)), StringComparison.Ordinal);
        Assert.Equal("Answers are open until 2026-12-03 21:30 UTC.", reply.PlainBody);
    }

    private static string Sections(ChatBot.Slack.BlockKit.SlackMessage message) =>
        string.Join("\n", message.Blocks.OfType<ChatBot.Slack.BlockKit.SectionBlock>().Select(b => b.Text?.Text));
}
