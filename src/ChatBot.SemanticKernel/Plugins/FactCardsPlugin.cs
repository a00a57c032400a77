using System.ComponentModel;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using Microsoft.SemanticKernel;

namespace ChatBot.SemanticKernel.Plugins;

/// <summary>
/// Fact cards as kernel functions, read-only: writing cards stays with moderators and their commands.
/// </summary>
public sealed class FactCardsPlugin(FactCardService cards, ICorpusIndexProvider corpora)
{
    [KernelFunction("list")]
    [Description("Lists the fact cards moderators wrote about the abduction issue, each with its facts, verbatim quotes and review status.")]
    public async Task<IReadOnlyList<PluginFactCard>> ListAsync(
        [Description("Only cards with this tag, such as \"repatriation\"")] string? tag = null,
        CancellationToken cancellationToken = default) =>
        [.. (await cards.ListAsync(string.IsNullOrWhiteSpace(tag) ? null : tag, cancellationToken)).Select(c => PluginFactCard.From(c, corpora.Current))];

    [KernelFunction("get")]
    [Description("One fact card by its slug, such as \"pyongyang-summit-2002\"; nothing when there is no such card.")]
    public async Task<PluginFactCard?> GetAsync(
        [Description("The card's slug")] string slug,
        CancellationToken cancellationToken = default) =>
        await cards.FindAsync(slug, cancellationToken) is { } card ? PluginFactCard.From(card, corpora.Current) : null;
}
