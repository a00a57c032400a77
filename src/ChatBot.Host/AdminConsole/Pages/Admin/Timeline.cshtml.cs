using ChatBot.Core.Admin;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;
using ChatBot.Core.Timeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin;

/// <summary>
/// The extracted timeline, filtered by years and topic (a GET form), drawn as SVG and listed with each event's
/// citations; "flag" records a wrongly dated event in the moderation log, and the flags are listed from there.
/// </summary>
public sealed class TimelineModel(ICorpusIndexProvider corpora, ModerationAudit audit, IModerationLog log) : PageModel
{
    private const int Shown = 300;
    private const int LogScanned = 2000;

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? About { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Flagged { get; set; }

    public CorpusIndex Corpus { get; private set; } = null!;

    public TimelineSelection Selection { get; private set; } = new([], null);

    public IReadOnlyList<TimelineEvent> ShownEvents => [.. Selection.Events.Take(Shown)];

    internal IReadOnlyList<TimelineFlag> Flags { get; private set; } = [];

    public string Chart => TimelineSvg.Draw(ShownEvents);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Corpus = corpora.Current;
        Selection = TimelineSelection.Of(Corpus, From, To, About);
        IReadOnlyList<ModerationEntry> entries;
        try
        {
            entries = await log.ListAsync(LogScanned, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            entries = [];
        }

        Flags = [.. entries.Where(e => e.Action == TimelineFlag.Action).Select(e => new TimelineFlag(e, TimelineEventKey.Find(Corpus, e.Target)))];
    }

    public async Task<IActionResult> OnPostFlagAsync(string key, string? note, CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is not { } user)
        {
            return Forbid();
        }

        if (TimelineEventKey.Find(corpora.Current, key ?? "") is null)
        {
            return BadRequest("That event is no longer in the timeline; reload the page.");
        }

        await audit.RecordAsync(user.Platform, user.ChatUser, TimelineFlag.Action, key!, TimelineFlag.Outcome(note), cancellationToken);
        return LocalRedirect($"/admin/timeline?from={From}&to={To}&about={Uri.EscapeDataString(About ?? "")}&flagged={Uri.EscapeDataString(key!)}#flags");
    }

    public string ArticleTitle(string id) => Corpus.TryGetArticle(id, out var article) ? article.Title : id;

    public string? ArticleUrl(string id) => Corpus.TryGetArticle(id, out var article) ? SafeLink.Http(article.Url) : null;
}
