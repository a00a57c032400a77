using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>
/// Fact-card forms and buttons ("fc:…"): create and edit submissions, reopening a kept form, confirming a delete,
/// posting from a shown card. Every one re-checks that the presser is a moderator and is audited. When the store
/// cannot be read, the reply says so (and that nothing changed) instead of a generic failure.
/// </summary>
public sealed class FactCardComponentHandler(FactCardService cards, FactCardSubmissions submissions, FactCardModeration moderation, PendingForms pending, ModeratorPolicy policy, ModerationAudit audit) : IComponentHandler
{
    public string Prefix => FactCardActions.Prefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleReadingAsync(request, arguments, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return FactCardMessages.Unavailable;
        }
    }

    private async Task<Reply> HandleReadingAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var action = arguments.Count > 0 ? arguments[0] : "";
        var slug = arguments.Count > 1 ? arguments[1] : "";
        if (!policy.IsModerator(request.Platform, request.User))
        {
            await audit.RecordAsync(request.Platform, request.User, $"factcard {action}", slug, "refused: not a moderator", cancellationToken);
            return FactCardMessages.NotModerator("change or post");
        }

        var version = 0;
        return (action, arguments.Count) switch
        {
            (FactCardActions.NewForm, 1) => await submissions.CreateAsync(request, cancellationToken),
            (FactCardActions.EditForm, 3) when FactCardActions.TryVersion(arguments[2], out version) => await submissions.EditAsync(request, slug, version, cancellationToken),
            (FactCardActions.Open, 2) => Open(request, arguments[1]),
            (FactCardActions.Reopen, 2) => await ReopenAsync(slug, cancellationToken),
            (FactCardActions.Delete, 3) when FactCardActions.TryVersion(arguments[2], out version) => await DeleteAsync(request, slug, version, cancellationToken),
            (FactCardActions.Keep, 2) => new Reply { Kind = ReplyKind.Info, Body = $"Kept \"{slug}\". Nothing was deleted.", ReplaceOriginal = true },
            (FactCardActions.Post, 2) => await cards.FindAsync(slug, cancellationToken) is { } card
                ? await moderation.PostAsync(request.Platform, request.User, card, cancellationToken)
                : FactCardMessages.Unknown(slug, []),
            _ => new Reply { Kind = ReplyKind.Invalid, Body = "This fact-card button is no longer valid. Please run the command again." },
        };
    }

    private Reply Open(ComponentRequest request, string pendingId)
    {
        var form = pending.Get(pendingId, FactCardActor.For(request.Platform, request.User).Id);
        if (form is null)
        {
            return FactCardMessages.FormExpired;
        }

        return FactCardModeration.FormReply(form.ExpectedVersion == 0 || form.Slug is null
            ? FactCardForms.Create(form.Values)
            : FactCardForms.Edit(form.Slug, form.ExpectedVersion, form.Values));
    }

    private async Task<Reply> ReopenAsync(string slug, CancellationToken cancellationToken) =>
        await cards.FindAsync(slug, cancellationToken) is { } card
            ? FactCardModeration.FormReply(FactCardForms.Edit(card.Slug, card.Version, FactCardForms.ValuesOf(card.Content)))
            : FactCardMessages.Unknown(slug, []);

    private async Task<Reply> DeleteAsync(ComponentRequest request, string slug, int version, CancellationToken cancellationToken)
    {
        var result = await cards.DeleteAsync(slug, version, FactCardActor.For(request.Platform, request.User), cancellationToken);
        await audit.RecordAsync(request.Platform, request.User, "factcard delete", slug, Outcome(result), cancellationToken);
        return result.Outcome switch
        {
            FactCardOutcome.Saved => new Reply { Kind = ReplyKind.Info, Body = $"Deleted \"{slug}\". It is hidden from everyone; its history is kept and the deletion is recorded.", ReplaceOriginal = true },
            FactCardOutcome.Conflict => new Reply
            {
                Kind = ReplyKind.Invalid,
                Body = $"Not deleted: \"{slug}\" changed after you asked (now version {result.Card!.Version}, by {result.Card.UpdatedBy}). Look at it with /factcard show {slug} and run /factcard delete again if you still want to.",
                ReplaceOriginal = true,
            },
            FactCardOutcome.NotFound => new Reply { Kind = ReplyKind.Info, Body = $"\"{slug}\" is already deleted.", ReplaceOriginal = true },
            _ => FactCardMessages.Unavailable,
        };
    }

    internal static string Outcome(FactCardChange change) => change.Outcome switch
    {
        FactCardOutcome.Saved => $"saved version {change.Card!.Version}",
        FactCardOutcome.Invalid => $"refused: {change.AllProblems.Count} problem(s)",
        FactCardOutcome.Conflict => $"conflict: now version {change.Card?.Version}",
        var other => other.ToString().ToLowerInvariant(),
    };
}
