using System.Text.Json.Nodes;

using ChatBot.Core.Storage;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>👎 asks why, through signed interactions to the real host; the reason and the comment are stored with the vote.</summary>
public sealed class DiscordFeedbackReasonTests : DiscordHostTest
{
    [Fact]
    public async Task ThumbsDown_AsksWhy_AndStoresTheReasonAndComment()
    {
        var (_, answer) = await Host.ShownAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "When did the five abductees return to Japan?")));
        var downId = ButtonIds(answer).Single(id => id.StartsWith("fb:down:", StringComparison.Ordinal));
        var answerId = downId["fb:down:".Length..];

        var asked = await Host.SeeAsync(Client, Payloads.Button(downId));

        Assert.True(asked.Ephemeral);
        Assert.Equal(["fbr:wrong:", "fbr:incomplete:", "fbr:unclear:", "fbr:outdated:", "fbr:other:"], ButtonIds(asked.Message).Select(id => id[..(id.IndexOf(':', 4) + 1)]));
        var vote = Assert.Single(await Store().ListAsync(answerId));
        Assert.Equal((-1, null), (vote.Vote, vote.Reason));

        var (notedType, noted) = await Host.ShownAsync(Client, Payloads.Button($"fbr:incomplete:{answerId}"));

        Assert.Equal(7, notedType);
        Assert.Contains("Noted: incomplete", (string)noted["content"]! + noted["embeds"]?.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("incomplete", Assert.Single(await Store().ListAsync(answerId)).Reason);
        var commentId = ButtonIds(noted).Single();

        using var formResponse = await Host.PostAsync(Client, Payloads.Button(commentId));
        var form = JsonNode.Parse(await formResponse.Content.ReadAsStringAsync())!;
        Assert.Equal(9, (int)form["type"]!);
        var formId = (string)form["data"]!["custom_id"]!;

        await Host.ShownAsync(Client, Payloads.ModalSubmit(formId, new Dictionary<string, string> { ["comment"] = "It leaves out Soga Hitomi's husband." }));

        var stored = Assert.Single(await Store().ListAsync(answerId));
        Assert.Equal((-1, "incomplete", "It leaves out Soga Hitomi's husband."), (stored.Vote, stored.Reason, stored.Comment));
    }

    [Fact]
    public async Task ReasonForAnUnknownAnswer_IsToldTheAnswerExpired()
    {
        var (_, message) = await Host.ShownAsync(Client, Payloads.Button("fbr:wrong:no-such-answer"));

        Assert.Contains("no longer available", message.ToJsonString(), StringComparison.Ordinal);
    }

    private IFeedbackStore Store() => Host.Factory.Services.GetRequiredService<IFeedbackStore>();
}
