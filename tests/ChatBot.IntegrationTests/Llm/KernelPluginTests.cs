using ChatBot.Core.FactCards;
using ChatBot.SemanticKernel.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>The retrieval layer as kernel functions, invoked through the kernel the host composes.</summary>
public sealed class KernelPluginTests
{
    [Fact]
    public async Task SearchFunction_ReturnsVerbatimPassagesWithSources()
    {
        await using var harness = await LlmHarness.StartAsync();
        var kernel = harness.Services.GetRequiredService<Kernel>();

        var result = await kernel.InvokeAsync("corpus", "search", new KernelArguments { ["query"] = "13 Japanese nationals abducted", ["top"] = 3 });

        var passages = result.GetValue<IReadOnlyList<PluginPassage>>()!;
        Assert.InRange(passages.Count, 1, 3);
        Assert.Contains("13 Japanese nationals", passages[0].Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(passages[0].Title));
    }

    [Fact]
    public async Task TimelineFunction_FiltersByYearsAndTopic_OldestFirst()
    {
        await using var harness = await LlmHarness.StartAsync();
        var kernel = harness.Services.GetRequiredService<Kernel>();

        var result = await kernel.InvokeAsync("timeline", "events", new KernelArguments { ["fromYear"] = 2002, ["toYear"] = 2004 });
        var topical = await kernel.InvokeAsync("timeline", "events", new KernelArguments { ["about"] = "sanctions" });

        var events = result.GetValue<IReadOnlyList<PluginEvent>>()!;
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.InRange(int.Parse(e.Start[..4], System.Globalization.CultureInfo.InvariantCulture), 2002, 2004));
        Assert.Equal(events.Select(e => e.Start).Order(StringComparer.Ordinal), events.Select(e => e.Start));
        Assert.All(topical.GetValue<IReadOnlyList<PluginEvent>>()!, e => Assert.Contains("sanction", e.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task FactCardFunctions_ListAndGetCards_WithTheirVerbatimQuotes()
    {
        await using var harness = await LlmHarness.StartAsync();
        const string quote = "North Korea admitted to the abduction of 13 Japanese nationals, eight of whom were dead with the remaining five alive and living in North Korea.";
        var content = new FactCardContent("The 2002 admission", "What North Korea admitted at the 2002 summit.", [new FactCardFact("North Korea admitted abducting 13 Japanese nationals.", "000_5816683cddb79770", quote)], FactCardStatus.Verified, ["summit"]);
        var created = await harness.Services.GetRequiredService<FactCardService>().CreateAsync("admission-2002", content, FactCardActor.Cli("test"));
        Assert.NotNull(created.Card);
        var kernel = harness.Services.GetRequiredService<Kernel>();

        var listed = (await kernel.InvokeAsync("factcards", "list", new KernelArguments { ["tag"] = "summit" })).GetValue<IReadOnlyList<PluginFactCard>>()!;
        var card = (await kernel.InvokeAsync("factcards", "get", new KernelArguments { ["slug"] = "admission-2002" })).GetValue<PluginFactCard>()!;
        var missing = (await kernel.InvokeAsync("factcards", "get", new KernelArguments { ["slug"] = "no-such-card" })).GetValue<PluginFactCard>();

        Assert.Equal("admission-2002", Assert.Single(listed).Slug);
        Assert.Equal("verified", card.Status);
        Assert.Equal(quote, Assert.Single(card.Facts).Quote);
        Assert.Null(missing);
    }
}
