using ChatBot.Core.FactCards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin.FactCards;

/// <summary>A card's revisions, newest first: the store's one-line changes and, field by field, what each replaced.</summary>
public sealed class FactCardHistoryModel(IFactCardStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Slug { get; set; }

    public IReadOnlyList<RevisionDiff> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var revisions = string.IsNullOrWhiteSpace(Slug) ? [] : await store.HistoryAsync(Slug.Trim(), cancellationToken);
        if (revisions.Count == 0)
        {
            return NotFound();
        }

        Entries = [.. revisions.Select((r, i) => RevisionDiff.Of(i == 0 ? null : revisions[i - 1], r)).Reverse()];
        return Page();
    }
}
