using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin.FactCards;

/// <summary>The cards (not deleted), filtered by tag and status; "needs review" is a status here, as in /factcard list.</summary>
public sealed class FactCardsIndexModel(FactCardService cards, ICorpusIndexProvider corpora) : PageModel
{
    public const string NeedsReview = "needs review";

    public static IReadOnlyList<string> StatusOptions { get; } = [.. Enum.GetNames<FactCardStatus>().Select(s => s.ToLowerInvariant()), NeedsReview];

    public string? Tag { get; private set; }

    public string? Status { get; private set; }

    public string? Saved { get; private set; }

    public IReadOnlyList<FactCardRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? tag, string? status, string? saved, CancellationToken cancellationToken)
    {
        Tag = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim();
        Status = StatusOptions.Contains(status) ? status : null;
        Saved = saved;
        var corpus = corpora.Current;
        Rows = [.. (await cards.ListAsync(Tag, cancellationToken))
            .Select(c => new FactCardRow(c, FactCardCheck.NeedsReview(c, corpus)))
            .Where(r => Status is null || r.StatusText == Status)];
    }
}
