using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>The moderator subcommands of /factcard, once the caller is known to be a moderator. Each is audited.</summary>
public sealed class FactCardModeration(FactCardLookup lookup, IFactCardStore store, FactCardDrafter drafter, PendingForms pending, ModerationAudit audit, ICorpusIndexProvider corpora)
{
    private const int MaxTopicLength = 200;

    public async Task<Reply> HandleAsync(string subcommand, CommandRequest request, CancellationToken cancellationToken)
    {
        if (subcommand == "create")
        {
            await AuditAsync(request, subcommand, request.Option("slug") ?? "", "form opened", cancellationToken);
            var slug = request.Option("slug")?.Trim().ToLowerInvariant();
            return FormReply(FactCardForms.Create(slug is null ? null : new Dictionary<string, string> { [FactCardForms.Slug] = slug }));
        }

        if (subcommand == "draft")
        {
            return await DraftAsync(request, cancellationToken);
        }

        var (card, miss) = await lookup.FindAsync(request.Option("slug"), subcommand, includeDeleted: subcommand == "history", cancellationToken);
        if (card is null)
        {
            return miss!;
        }

        var corpus = corpora.Current;
        switch (subcommand)
        {
            case "post":
                return await PostAsync(request.Platform, request.User, card, cancellationToken);
            case "edit":
                await AuditAsync(request, subcommand, card.Slug, $"form opened at version {card.Version}", cancellationToken);
                return FormReply(FactCardForms.Edit(card.Slug, card.Version, FactCardForms.ValuesOf(card.Content)));
            case "delete":
                return new Reply
                {
                    Kind = ReplyKind.Info,
                    Title = $"Delete \"{card.Slug}\"?",
                    Body = $"\"{card.Content.Title}\" will disappear from /factcard show, list and post for everyone. Its history is kept, and the deletion is recorded under your name.",
                    ButtonRows = [[new ReplyButton(FactCardActions.ConfirmDelete(card.Slug, card.Version), "Delete", ReplyButtonStyle.Danger), new ReplyButton(FactCardActions.KeepCard(card.Slug), "Keep it")]],
                };
            default:
                await AuditAsync(request, subcommand, card.Slug, "history shown", cancellationToken);
                return FactCardListReplies.History(card, await store.HistoryAsync(card.Slug, cancellationToken));
        }
    }

    /// <summary>The card for everyone in the channel, unless it needs review; audited as posted (the reply is the post).</summary>
    public async Task<Reply> PostAsync(ChatPlatform platform, ChatUser user, FactCard card, CancellationToken cancellationToken)
    {
        var reply = await PostableAsync(platform, user, card, cancellationToken);
        if (reply.Kind == ReplyKind.FactCard)
        {
            await audit.RecordAsync(platform, user, "factcard post", card.Slug, $"posted version {card.Version}", cancellationToken);
        }

        return reply;
    }

    /// <summary>
    /// The card as a public reply, or the refusal when it needs review (audited). A caller that delivers the card
    /// itself audits the post once the platform has taken it, so a failed delivery is never recorded as posted.
    /// </summary>
    public async Task<Reply> PostableAsync(ChatPlatform platform, ChatUser user, FactCard card, CancellationToken cancellationToken)
    {
        var corpus = corpora.Current;
        var broken = FactCardCheck.BrokenFacts(card, corpus);
        if (card.NeedsReview || broken.Count > 0)
        {
            await audit.RecordAsync(platform, user, "factcard post", card.Slug, "refused: needs review", cancellationToken);
            return FactCardMessages.NeedsReviewBeforePosting(card, broken);
        }

        return FactCardReplies.Card(card, corpus, ReplyVisibility.Public);
    }

    private async Task<Reply> DraftAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var topic = request.Option("topic");
        if (topic is null || topic.Length > MaxTopicLength)
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = topic is null ? "What should the card cover? /factcard draft <topic>, for example: 2002 Pyongyang summit." : $"The topic is limited to {MaxTopicLength} characters." };
        }

        var corpus = corpora.Current;
        var draft = drafter.Draft(corpus, topic, out var reason);
        if (draft is null)
        {
            await AuditAsync(request, "draft", topic, "nothing to draft", cancellationToken);
            return new Reply { Kind = ReplyKind.NotFound, Body = reason! };
        }

        draft = draft with { Slug = await FreeSlugAsync(draft.Slug, cancellationToken) };
        var actor = FactCardActor.For(request.Platform, request.User);
        var pendingId = pending.Save(actor.Id, null, 0, FactCardForms.ValuesOf(draft.Content, draft.Slug));
        await AuditAsync(request, "draft", topic, $"drafted {draft.Content.Facts.Count} facts (not saved)", cancellationToken);
        return FactCardReplies.Draft(draft, corpus, pendingId);
    }

    /// <summary>The slug, or the slug with "-2", "-3", … when a card (even a deleted one) already has it.</summary>
    private async Task<string> FreeSlugAsync(string slug, CancellationToken cancellationToken)
    {
        for (var n = 1; n < 100; n++)
        {
            var suffix = n == 1 ? "" : $"-{n}";
            var candidate = (slug.Length + suffix.Length <= FactCardLimits.SlugMax ? slug : slug[..(FactCardLimits.SlugMax - suffix.Length)].TrimEnd('-')) + suffix;
            if (await store.GetAsync(candidate, cancellationToken) is null)
            {
                return candidate;
            }
        }

        return slug;
    }

    internal static Reply FormReply(ReplyForm form) => new() { Kind = ReplyKind.Info, Body = "Opening the fact-card form…", Form = form };

    private ValueTask AuditAsync(CommandRequest request, string action, string target, string outcome, CancellationToken cancellationToken) =>
        audit.RecordAsync(request.Platform, request.User, $"factcard {action}", FactCardMessages.Shorten(target), outcome, cancellationToken);
}
