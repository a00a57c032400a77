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
}
