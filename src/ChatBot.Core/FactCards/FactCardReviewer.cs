using ChatBot.Core.Indexing;

namespace ChatBot.Core.FactCards;

/// <summary>
/// After the corpus changes, flags every card with a quote the new corpus no longer holds verbatim as needing
/// review, with a revision by "system" saying which facts broke. A flag is cleared only by a moderator saving the
/// card, never by the corpus changing back.
/// </summary>
public sealed class FactCardReviewer(IFactCardStore store, FactCardService service, TimeProvider time)
{
    private const int Attempts = 3;

    /// <summary>The cards flagged by this check (cards flagged earlier are not repeated).</summary>
    public async Task<IReadOnlyList<FactCard>> FlagBrokenAsync(CorpusIndex corpus, CancellationToken cancellationToken = default)
    {
        var flagged = new List<FactCard>();
        foreach (var listed in await store.ListAsync(cancellationToken))
        {
            var card = listed;
            for (var attempt = 0; attempt < Attempts && card is { IsDeleted: false, NeedsReview: false }; attempt++)
            {
                var broken = FactCardCheck.BrokenFacts(card, corpus);
                if (broken.Count == 0)
                {
                    break;
                }

                var note = string.Join("; ", broken);
                var update = card with { NeedsReview = true, ReviewNote = note.Length <= 1000 ? note : note[..999] + "…", Version = card.Version + 1, UpdatedBy = FactCardActor.System.Id, UpdatedAt = time.GetUtcNow() };
                var result = await service.SaveAsync(update, card.Version, FactCardAction.Flagged, [$"needs review: corpus {Short(corpus.Fingerprint)} no longer holds every quote", .. broken], FactCardActor.System, cancellationToken);
                if (result.Outcome == FactCardOutcome.Saved)
                {
                    flagged.Add(result.Card!);
                    break;
                }

                card = result.Outcome == FactCardOutcome.Conflict ? await store.GetAsync(card.Slug, cancellationToken) : null;
            }
        }

        return flagged;
    }

    private static string Short(string fingerprint) => fingerprint.Length <= 12 ? fingerprint : fingerprint[..12];
}
