using ChatBot.Core.FactCards;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>The plain, polite replies of the fact-card commands when something is not done.</summary>
public static class FactCardMessages
{
    public const string Usage =
        "Fact cards: /factcard show <slug>, /factcard list [tag]. Moderators also have post, create, edit, delete, history and draft <topic>.";

    public static Reply NotModerator(string what) => new()
    {
        Kind = ReplyKind.Refused,
        Body = $"Sorry, only moderators can {what} fact cards. Nothing was changed. You can still read them with /factcard show and /factcard list.",
    };

    public static Reply Unavailable { get; } = Reply.Error("Fact cards can't be read or saved right now (storage is unavailable). Nothing was changed; please try again later.");

    public static Reply NeedSlug(string subcommand) =>
        new() { Kind = ReplyKind.Invalid, Body = $"Which card? Give its slug: /factcard {subcommand} <slug>. /factcard list shows them." };

    public static Reply InvalidSlug(string slug) => new()
    {
        Kind = ReplyKind.Invalid,
        Body = $"\"{Shorten(slug)}\" is not a fact-card slug: slugs are {FactCardLimits.SlugMin}–{FactCardLimits.SlugMax} lower-case letters, digits and hyphens. /factcard list shows them.",
    };

    public static Reply Unknown(string slug, IEnumerable<string> similar)
    {
        var suggestions = similar.Take(3).ToList();
        return new Reply
        {
            Kind = ReplyKind.NotFound,
            Body = $"There is no fact card \"{Shorten(slug)}\".{(suggestions.Count > 0 ? $" Did you mean {string.Join(", ", suggestions)}?" : "")} /factcard list shows them all.",
        };
    }

    public static Reply Duplicate(string slug) => new()
    {
        Kind = ReplyKind.Invalid,
        Body = $"A fact card \"{slug}\" already exists, so nothing was saved. Pick another slug, or change that card with /factcard edit {slug}.",
    };

    public static Reply NeedsReviewBeforePosting(FactCard card, IReadOnlyList<string> broken) => new()
    {
        Kind = ReplyKind.Refused,
        Body = $"\"{card.Slug}\" needs review before it can be posted: the indexed articles changed under its quotes. "
            + $"{(broken.Count > 0 ? string.Join("; ", broken) : card.ReviewNote ?? "")} Check it with /factcard edit {card.Slug}; saving it clears the flag.",
    };

    public static Reply Invalid(IReadOnlyList<FactCardProblem> problems, string pendingId) => new()
    {
        Kind = ReplyKind.Invalid,
        Title = "Fact card not saved",
        Body = "Nothing was saved. Please fix:\n" + string.Join('\n', problems.Take(12).Select(p => $"• {p}"))
            + (problems.Count > 12 ? $"\n• … and {problems.Count - 12} more" : "")
            + "\n\nYour text is kept: \"Fix and resubmit\" opens the form with it (for a day).",
        ButtonRows = [[new ReplyButton(FactCardActions.OpenPending(pendingId), "Fix and resubmit", ReplyButtonStyle.Primary)]],
    };

    public static Reply Conflict(FactCard current, int openedVersion, IReadOnlyList<string> theirChanges, string pendingId) => new()
    {
        Kind = ReplyKind.Invalid,
        Title = "Not saved: someone else changed this card",
        Body = $"\"{current.Slug}\" was changed{(current.IsDeleted ? " (deleted)" : "")} by {current.UpdatedBy} at {ReplyInlines.Marker(0)} after you opened version {openedVersion}; it is now version {current.Version}. "
            + "Your changes were not saved, and theirs were not overwritten."
            + (theirChanges.Count > 0 ? "\nTheir changes:\n" + string.Join('\n', theirChanges.Take(10).Select(c => $"• {c}")) : "")
            + "\n\nYour text is kept: \"Resubmit my text\" opens the form with it, to save over the current version once you've checked theirs.",
        Inlines = [ReplyInline.Time(current.UpdatedAt)],
        ButtonRows = current.IsDeleted
            ? [[new ReplyButton(FactCardActions.OpenPending(pendingId), "Resubmit my text", ReplyButtonStyle.Primary)]]
            : [[new ReplyButton(FactCardActions.ReopenEdit(current.Slug), "Open the current card"), new ReplyButton(FactCardActions.OpenPending(pendingId), "Resubmit my text", ReplyButtonStyle.Primary)]],
    };

    public static Reply FormExpired { get; } = new()
    {
        Kind = ReplyKind.Info,
        Body = "That form is no longer available (forms are kept for a day, and only for the moderator who started them). Start again with /factcard create or /factcard edit.",
    };

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
