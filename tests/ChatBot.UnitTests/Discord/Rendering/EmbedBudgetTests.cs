using ChatBot.Discord.Rendering;
using ChatBot.Discord.Wire;

namespace ChatBot.UnitTests.Discord.Rendering;

public sealed class EmbedBudgetTests
{
    // Found by ReplyRendererPropertyTests (a run that rendered 6,001 characters): a blank field name is shown as a
    // placeholder character, which the shared cap did not count, and a one-character description could not absorb it.
    [Fact]
    public void Fit_CountsThePlaceholderOfBlankFields()
    {
        var fields = Enumerable.Range(0, 25).Select(i => new EmbedField(i % 2 == 0 ? "" : " ", new string('x', 1000))).ToList();

        var embed = EmbedBudget.Fit(new string('t', 23), "S", fields, footer: null, color: null);

        var total = (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
            + embed.Fields!.Sum(f => f.Name.Length + f.Value.Length);
        Assert.InRange(total, 5900, DiscordLimits.EmbedTotal);
        Assert.All(embed.Fields!, f => Assert.Equal("—", f.Name));
        Assert.Equal(25, embed.Fields!.Count);
    }
}
