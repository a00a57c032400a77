using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>
/// Saves submitted create and edit forms. Whatever is not saved (invalid, duplicate, conflict, storage down) is
/// kept as a pending form its author can reopen, so no typed text is lost.
/// </summary>
public sealed class FactCardSubmissions(FactCardService cards, IFactCardStore store, PendingForms pending, ModerationAudit audit, ICorpusIndexProvider corpora)
{
    public async Task<Reply> CreateAsync(ComponentRequest request, CancellationToken cancellationToken)
    {
        var actor = FactCardActor.For(request.Platform, request.User);
        var submission = FactCardForms.Parse(request.FormValues);
        var result = await cards.CreateAsync(submission.Slug, submission.Content, actor, submission.Problems, cancellationToken);
        await audit.RecordAsync(request.Platform, request.User, "factcard create", FactCardMessages.Shorten(submission.Slug), FactCardComponentHandler.Outcome(result), cancellationToken);
        var keep = () => pending.Save(actor.Id, null, 0, request.FormValues);
        return result.Outcome switch
        {
            FactCardOutcome.Saved => Saved(result.Card!, "Created"),
            FactCardOutcome.Invalid => FactCardMessages.Invalid(result.AllProblems, keep()),
            FactCardOutcome.Duplicate or FactCardOutcome.Conflict => FactCardMessages.Invalid(
                [new FactCardProblem("slug", $"a fact card \"{submission.Slug}\" already exists; pick another slug, or change that card with /factcard edit {submission.Slug}")], keep()),
            _ => Unavailable(keep()),
        };
    }

    public async Task<Reply> EditAsync(ComponentRequest request, string slug, int openedVersion, CancellationToken cancellationToken)
    {
        var actor = FactCardActor.For(request.Platform, request.User);
        var submission = FactCardForms.Parse(request.FormValues);
        var result = await cards.EditAsync(slug, openedVersion, submission.Content, actor, submission.Problems, cancellationToken);
        await audit.RecordAsync(request.Platform, request.User, "factcard edit", slug, FactCardComponentHandler.Outcome(result), cancellationToken);
        switch (result.Outcome)
        {
            case FactCardOutcome.Saved:
                return Saved(result.Card!, "Saved");
            case FactCardOutcome.Unchanged:
                return Reply.Info($"Nothing changed, so nothing was saved: \"{slug}\" is still version {result.Card!.Version}.");
            case FactCardOutcome.Invalid:
                return FactCardMessages.Invalid(result.AllProblems, pending.Save(actor.Id, slug, openedVersion, request.FormValues));
            case FactCardOutcome.Conflict or FactCardOutcome.NotFound:
                var current = result.Card ?? await store.GetAsync(slug, cancellationToken);
                if (current is null)
                {
                    return FactCardMessages.Unknown(slug, []);
                }

                var history = await store.HistoryAsync(slug, cancellationToken);
                var theirs = history.Where(r => r.Version > openedVersion).OrderBy(r => r.Version).SelectMany(r => r.Changes.Select(c => $"v{r.Version} ({r.By}): {c}")).ToList();
                var kept = current.IsDeleted
                    ? pending.Save(actor.Id, null, 0, new Dictionary<string, string>(request.FormValues) { [FactCardForms.Slug] = slug })
                    : pending.Save(actor.Id, slug, current.Version, request.FormValues);
                return FactCardMessages.Conflict(current, openedVersion, theirs, kept);
            default:
                return Unavailable(pending.Save(actor.Id, slug, openedVersion, request.FormValues));
        }
    }

    private Reply Saved(FactCard card, string verb)
    {
        var reply = FactCardReplies.Card(card, corpora.Current, ReplyVisibility.Ephemeral, [[new ReplyButton(FactCardActions.PostCard(card.Slug), "Post in this channel")]]);
        return reply with { Body = $"{verb} \"{card.Slug}\", version {card.Version}. Only you see this; post it for everyone with /factcard post {card.Slug}.\n\n{reply.Body}" };
    }

    private static Reply Unavailable(string pendingId) =>
        FactCardMessages.Unavailable with { ButtonRows = [[new ReplyButton(FactCardActions.OpenPending(pendingId), "Resubmit my text", ReplyButtonStyle.Primary)]] };
}
