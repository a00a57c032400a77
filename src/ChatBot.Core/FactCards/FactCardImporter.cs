using ChatBot.Core.Commands;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;

namespace ChatBot.Core.FactCards;

/// <summary>
/// Imports a file of cards all or nothing: every card is checked first (the same checks as the chat forms, every
/// quote verbatim in the current corpus); one bad card and nothing is imported. Otherwise each new or changed card
/// is saved, each with its revision and a moderation log entry, in one transaction; an edit made meanwhile by a
/// moderator turns the whole import into a conflict rather than overwriting it. An import is a deliberate overwrite
/// of what the file names, not of changes made while it ran.
/// </summary>
public sealed class FactCardImporter(IFactCardStore store, IModerationLog log, ICorpusIndexProvider corpora, TimeProvider time)
{
    public const string Action = "factcard import";

    public async ValueTask<FactCardImportReport> ImportAsync(IReadOnlyList<FactCardImportItem> items, FactCardActor actor, CancellationToken cancellationToken = default)
    {
        var corpus = corpora.Current;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checkedItems = items.Select(item =>
        {
            IEnumerable<FactCardProblem> problems = seen.Add(item.Slug) ? item.Problems : [.. item.Problems, new FactCardProblem("slug", "appears more than once in the file")];
            return (Item: item, Validation: FactCardValidator.Validate(item.Slug, item.Content, corpus, problems));
        }).ToList();
        var now = time.GetUtcNow();
        var rejected = checkedItems.Count(c => !c.Validation.IsValid);
        if (rejected > 0)
        {
            try
            {
                await log.RecordAsync(Entry(now, actor, $"{items.Count} card{(items.Count == 1 ? "" : "s")}", $"refused: {rejected} invalid; nothing imported"), cancellationToken);
            }
            catch (Storage.StorageUnavailableException)
            {
                // The refusal is the report's to say; a trail that cannot take the entry changes nothing about it.
            }

            return new FactCardImportReport([.. checkedItems.Select(c => c.Validation.IsValid
                ? new FactCardImportLine(c.Item.Name, FactCardImportOutcome.NotImported)
                : new FactCardImportLine(c.Item.Name, FactCardImportOutcome.Rejected, Reason: string.Join("; ", c.Validation.Problems)))], Applied: false);
        }

        IReadOnlyList<FactCard> stored;
        try
        {
            stored = await store.ListAsync(cancellationToken);
        }
        catch (Storage.StorageUnavailableException)
        {
            return NotImported(items, "the database is unavailable");
        }

        var current = stored.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var writes = new List<FactCardWrite>();
        var lines = new List<FactCardImportLine>();
        foreach (var (item, validation) in checkedItems)
        {
            var existing = current.GetValueOrDefault(item.Slug);
            var write = existing is null or { IsDeleted: true }
                ? FactCardWrites.New(item.Slug, validation.Content, existing, actor, FactCardAction.Imported, now)
                : FactCardWrites.Update(existing, validation.Content, actor, FactCardAction.Imported, now);
            if (write is not null)
            {
                writes.Add(write);
            }

            lines.Add(write is null
                ? new FactCardImportLine(item.Name, FactCardImportOutcome.Unchanged, existing!.Version)
                : new FactCardImportLine(item.Name, FactCardImportOutcome.Imported, write.Card.Version));
        }

        if (writes.Count == 0)
        {
            return new FactCardImportReport(lines, Applied: true);
        }

        var entries = writes.Select(w => Entry(now, actor, w.Card.Slug, $"saved version {w.Card.Version}")).ToList();
        var saved = await store.SaveAllAsync(writes, entries, cancellationToken);
        return saved.Outcome switch
        {
            FactCardSaveOutcome.Saved => new FactCardImportReport(lines, Applied: true),
            FactCardSaveOutcome.Unavailable => NotImported(items, "the database is unavailable"),
            _ => NotImported(items, $"{saved.Current?.Slug ?? "a card"} changed while the file was being imported (now version {saved.Current?.Version ?? 0}); run the import again"),
        };
    }

    private static FactCardImportReport NotImported(IReadOnlyList<FactCardImportItem> items, string failure) =>
        new([.. items.Select(i => new FactCardImportLine(i.Name, FactCardImportOutcome.NotImported))], Applied: false, failure);

    private static ModerationEntry Entry(DateTimeOffset at, FactCardActor actor, string target, string outcome) =>
        new(at, ChatPlatform.Cli, actor.Name ?? actor.Id, Action, target, outcome);
}
