using ChatBot.Core.FactCards;
using ChatBot.Core.Storage;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.Storage;

public sealed class LiteDbFactCardStoreTests : IDisposable
{
    private readonly StudyHarness harness = new();

    [Fact]
    public async Task Save_IsCheckAndSet_OnlyOneOfManyConcurrentSavesOfAVersionWins()
    {
        await harness.Service.CreateAsync("pyongyang-summit-2002", SampleCards.SummitContent(), new FactCardActor("test:1", null));

        var saves = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            await harness.Service.EditAsync("pyongyang-summit-2002", 1, SampleCards.SummitContent() with { Title = $"Edit {i}" }, new FactCardActor($"test:{i}", null))));
        var results = await Task.WhenAll(saves);

        var saved = Assert.Single(results, r => r.Outcome == FactCardOutcome.Saved);
        Assert.Equal(15, results.Count(r => r.Outcome == FactCardOutcome.Conflict));
        var stored = await harness.Cards.GetAsync("pyongyang-summit-2002");
        Assert.Equal((2, saved.Card!.Content.Title), (stored!.Version, stored.Content.Title));
        Assert.Equal([1, 2], (await harness.Cards.HistoryAsync("pyongyang-summit-2002")).Select(r => r.Version));
    }

    [Fact]
    public async Task Cards_SurviveReopeningTheDatabase_WithTheirHistory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chatbot-cards-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = new StudyHarness(databasePath: path))
            {
                await first.Service.CreateAsync("pyongyang-summit-2002", SampleCards.SummitContent(), new FactCardActor("test:1", "Tester"));
            }

            using var second = new StudyHarness(databasePath: path);
            var card = await second.Cards.GetAsync("pyongyang-summit-2002");

            Assert.Equal(SampleCards.SummitContent().Facts, card!.Content.Facts);
            Assert.Equal("Tester", Assert.Single(await second.Cards.HistoryAsync("pyongyang-summit-2002")).ByName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WithoutADatabase_ReadsThrowAndSavesReportUnavailable_NeverAFalseNoSuchCard()
    {
        using var broken = new StudyHarness(databasePath: Directory.CreateTempSubdirectory("chatbot-not-a-file-").FullName);

        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.Cards.GetAsync("anything"));
        var card = new FactCard { Slug = "pyongyang-summit-2002", Content = SampleCards.SummitContent(), Version = 1, CreatedBy = "test:1", CreatedAt = DateTimeOffset.UnixEpoch, UpdatedBy = "test:1", UpdatedAt = DateTimeOffset.UnixEpoch };
        var result = await broken.Cards.SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "test:1", null, card.UpdatedAt, [], card));
        var reply = await broken.Dispatcher.DispatchAsync(new Core.Commands.CommandRequest(Core.Commands.ChatPlatform.Discord, StudyHarness.DiscordMember, "C1", "factcard", new Dictionary<string, string> { ["slug"] = "pyongyang-summit-2002" }, Subcommand: "show"));

        Assert.Equal(FactCardSaveOutcome.Unavailable, result.Outcome);
        Assert.Equal(Core.Commands.ReplyKind.Error, reply.Kind);
    }

    public void Dispose() => harness.Dispose();
}
