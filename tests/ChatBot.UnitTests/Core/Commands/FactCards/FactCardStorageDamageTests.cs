using ChatBot.Core.Commands.FactCards;
using ChatBot.UnitTests.Storage;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.FactCards;

/// <summary>
/// With a damaged database every fact-card command says the cards are unavailable and that nothing changed — never
/// "something went wrong" — and a submitted form keeps its text for resubmitting.
/// </summary>
public sealed class FactCardStorageDamageTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>, IDisposable
{
    private readonly TempDatabase temp = new();

    [Theory]
    [InlineData(DatabaseDamage.CutHalf)]
    [InlineData(DatabaseDamage.ZeroedTail)]
    [InlineData(DatabaseDamage.Flipped)]
    public async Task EveryFactCardCommand_SaysUnavailable_AndASubmittedFormKeepsItsText(string damage)
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, damage);
        using var harness = new StudyHarness(databasePath: temp.Path);

        foreach (var (subcommand, options) in new (string, Dictionary<string, string>)[] { ("list", []), ("show", new() { ["slug"] = "card-1" }), ("history", new() { ["slug"] = "card-1" }) })
        {
            var reply = await harness.CommandAsync(StudyHarness.DiscordModerator, "factcard", subcommand, options);
            Assert.Equal(FactCardMessages.Unavailable.Body, reply.Body);
        }

        var created = await harness.CreateAsync(StudyHarness.DiscordModerator, SampleCards.Summit());

        Assert.Equal(FactCardMessages.Unavailable.Body, created.Body);
        Assert.Equal("Resubmit my text", Assert.Single(Assert.Single(created.ButtonRows)).Label);
    }

    public void Dispose() => temp.Dispose();
}
