using ChatBot.Core.Admin;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin.FactCards;

/// <summary>
/// Creating and editing a card through <see cref="FactCardService"/> (its rules, versions and revisions), with a
/// quote picker that works without scripts: searching and picking re-post the whole form, so nothing typed is lost.
/// Saves and refusals go to the moderation log under the moderator's platform id.
/// </summary>
public sealed class FactCardEditModel(FactCardService cards, ICorpusIndexProvider corpora, ModerationAudit audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Slug { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public FactCardStatus CardStatus { get; set; }

    [BindProperty]
    public string? Tags { get; set; }

    [BindProperty]
    public List<FactInput> Facts { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public bool Searched { get; private set; }

    public IReadOnlyList<QuoteCandidate> Candidates { get; private set; } = [];

    public IReadOnlyList<FactCardProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Slug))
        {
            if (await cards.FindAsync(Slug.Trim(), cancellationToken) is not { } card)
            {
                return NotFound();
            }

            (Slug, Version, Title, Summary, CardStatus) = (card.Slug, card.Version, card.Content.Title, card.Content.Summary, card.Content.Status);
            Tags = string.Join(", ", card.Content.Tags);
            Facts = [.. card.Content.Facts.Select(FactInput.Of)];
        }

        Search();
        return Page();
    }

    public PageResult OnPostSearch()
    {
        Search();
        return Form();
    }

    public PageResult OnPostPick(int pick)
    {
        Search();
        if (pick >= 0 && pick < Candidates.Count)
        {
            var chosen = Candidates[pick];
            var fact = new FactInput { Text = chosen.Sentence, ArticleId = chosen.ArticleId, Quote = chosen.Sentence };
            var empty = Facts.FindIndex(f => f.IsEmpty);
            if (empty >= 0)
            {
                Facts[empty] = fact;
            }
            else
            {
                Facts.Add(fact);
            }
        }

        return Form();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is not { } user)
        {
            return Forbid();
        }

        var slug = (Slug ?? "").Trim().ToLowerInvariant();
        var content = new FactCardContent((Title ?? "").Trim(), (Summary ?? "").Trim(), [.. Facts.Where(f => !f.IsEmpty).Select(f => f.ToFact())], CardStatus, FactCardText.NormalizeTags((Tags ?? "").Split(',')));
        var change = Version == 0
            ? await cards.CreateAsync(slug, content, user.Actor, cancellationToken: cancellationToken)
            : await cards.EditAsync(slug, Version, content, user.Actor, cancellationToken: cancellationToken);
        var action = Version == 0 ? "console factcard create" : "console factcard edit";
        await audit.RecordAsync(user.Platform, user.ChatUser, action, FactCardMessages.Shorten(slug), Outcome(change), cancellationToken);
        if (change.Outcome is FactCardOutcome.Saved or FactCardOutcome.Unchanged)
        {
            return LocalRedirect($"/admin/factcards?saved={Uri.EscapeDataString(slug)}");
        }

        Problems = change.AllProblems.Count > 0 ? change.AllProblems : [new FactCardProblem("card", Refusal(change))];
        Slug = slug;
        return Form();
    }

    private static string Outcome(FactCardChange change) => change.Outcome switch
    {
        FactCardOutcome.Saved => $"saved version {change.Card?.Version}",
        FactCardOutcome.Unchanged => "unchanged",
        _ => $"refused: {change.Outcome.ToString().ToLowerInvariant()}",
    };

    private static string Refusal(FactCardChange change) => change.Outcome switch
    {
        FactCardOutcome.Duplicate => "a card with this slug exists already; choose another slug or edit that card",
        FactCardOutcome.Conflict => $"someone saved this card since you opened it (now version {change.Card?.Version}); reopen it and make your change again",
        FactCardOutcome.NotFound => "the card no longer exists",
        _ => "the card store is unavailable; nothing was saved, try again in a minute",
    };

    private void Search()
    {
        Searched = !string.IsNullOrWhiteSpace(Query);
        Candidates = QuoteSearch.Find(corpora.Current, Query);
    }

    /// <summary>The form again with what was posted, the values just set winning over the posted ones.</summary>
    private PageResult Form()
    {
        ModelState.Clear();
        return Page();
    }

    /// <summary>Always one empty fact row to fill.</summary>
    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        if (Facts.Count == 0 || !Facts[^1].IsEmpty)
        {
            Facts.Add(new FactInput());
        }
    }
}
