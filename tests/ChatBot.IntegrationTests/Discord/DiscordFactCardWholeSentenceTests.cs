using ChatBot.Core.FactCards;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;

using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// A fact's quote must be whole sentences, through the real host with signed interactions: a fragment is refused
/// with the whole sentence to copy, and a card stored with a fragment before the rule shows the whole sentence and
/// is no longer shown as verified.
/// </summary>
public sealed class DiscordFactCardWholeSentenceTests : DiscordHostTest
{
    private const string ModeratorId = "640000000000000001";
    private const string Fragment = "the abduction issue is resolved";
    private const string Sentence = "Until both countries either agree that more investigation is needed surrounding the abduction issue or that the abduction issue is resolved, it is unlikely that the proper normalisation of Japan-North Korea relations can occur.";

    [Fact]
    public async Task FragmentQuote_IsRefused_WithTheWholeSentenceToCopy()
    {
        var facts = $"The abduction issue is resolved.\nsource: {ReturnArticle}\nquote: {Fragment}";

        var refused = await Host.SeeAsync(Client, Payloads.ModalSubmit("fc:new", NewCard("issue-resolved", facts)).By(ModeratorId, ManageMessages));

        Assert.True(refused.Ephemeral);
        var text = TextOf(refused.Message);
        Assert.Contains("Fact card not saved", text, StringComparison.Ordinal);
        Assert.Contains("only part of a sentence", text, StringComparison.Ordinal);
        Assert.Contains("quote the whole sentence: " + Sentence, text, StringComparison.Ordinal);
        Assert.Null(await Host.Factory.Services.GetRequiredService<IFactCardStore>().GetAsync("issue-resolved"));
    }

    [Fact]
    public async Task CardStoredWithAFragment_IsShownWithTheWholeSentence_AndNotAsVerified()
    {
        var now = DateTimeOffset.UnixEpoch;
        var card = new FactCard
        {
            Slug = "issue-resolved",
            Content = new FactCardContent("Resolved", "The issue is resolved.", [new FactCardFact(Fragment, ReturnArticle, Fragment)], FactCardStatus.Verified, []),
            Version = 1,
            CreatedBy = "discord:1",
            CreatedAt = now,
            UpdatedBy = "discord:1",
            UpdatedAt = now,
            LastReviewedAt = now,
        };
        var store = Host.Factory.Services.GetRequiredService<IFactCardStore>();
        await store.SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "discord:1", null, now, ["created"], card));

        var (_, shown) = await Host.ShownAsync(Client, FactCard("show", card.Slug).By("650000000000000001", Member));

        var embed = shown["embeds"]![0]!;
        var fields = embed["fields"]!.AsArray().Select(f => ((string)f!["name"]!, (string)f["value"]!)).ToList();
        Assert.Contains(fields, f => f.Item1.StartsWith("[1] ", StringComparison.Ordinal) && f.Item2.Contains(Sentence, StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Item1 == "Status" && f.Item2.StartsWith("🔁 Needs review", StringComparison.Ordinal));
        Assert.DoesNotContain(fields, f => f.Item2 == "✅ Verified");
        Assert.Contains("1. " + Sentence + " [1] ⚠️ quotes only part of a sentence", (string)embed["description"]!, StringComparison.Ordinal);
    }
}
