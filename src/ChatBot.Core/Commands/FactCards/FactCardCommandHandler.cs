using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>
/// /factcard show|list (anyone, only to them) and post|create|edit|delete|history|draft (moderators; anyone else
/// gets a polite refusal, and the attempt is audited). Slugs, tags and topics autocomplete. When the store cannot be
/// read, the reply says so (and that nothing changed) instead of a generic failure.
/// </summary>
public sealed class FactCardCommandHandler(FactCardService cards, FactCardLookup lookup, FactCardModeration moderation, ModeratorPolicy policy, ModerationAudit audit, ICorpusIndexProvider corpora) : ICommandHandler
{
    private static readonly Dictionary<string, string> ModeratorVerbs = new(StringComparer.Ordinal)
    {
        ["post"] = "post",
        ["create"] = "create",
        ["edit"] = "edit",
        ["delete"] = "delete",
        ["history"] = "see the history of",
        ["draft"] = "draft",
    };

    public string Command => CommandNames.FactCard;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleReadingAsync(request, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return FactCardMessages.Unavailable;
        }
    }

    private async Task<Reply> HandleReadingAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var subcommand = request.Subcommand?.Trim().ToLowerInvariant() ?? "";
        if (subcommand == "show")
        {
            return await ShowAsync(request, cancellationToken);
        }

        if (subcommand == "list")
        {
            return FactCardListReplies.List(await cards.ListAsync(request.Option("tag"), cancellationToken), request.Option("tag"), corpora.Current, policy.IsModerator(request.Platform, request.User));
        }

        if (!ModeratorVerbs.TryGetValue(subcommand, out var verb))
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = FactCardMessages.Usage };
        }

        if (!policy.IsModerator(request.Platform, request.User))
        {
            await audit.RecordAsync(request.Platform, request.User, $"factcard {subcommand}", Target(request), "refused: not a moderator", cancellationToken);
            return FactCardMessages.NotModerator(verb);
        }

        return await moderation.HandleAsync(subcommand, request, cancellationToken);
    }

    public async Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken)
    {
        var typed = (request.Option(focusedOption) ?? "").Trim();
        switch (focusedOption)
        {
            case "slug":
                var all = await cards.ListAsync(null, cancellationToken);
                return [.. Match(all, c => c.Slug, c => c.Content.Title, typed).Select(c => new AutocompleteChoice(Choice($"{c.Slug} — {c.Content.Title}"), c.Slug))];
            case "tag":
                var tags = (await cards.ListAsync(null, cancellationToken)).SelectMany(c => c.Content.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                return [.. Match(tags, t => t, t => t, typed).Select(t => new AutocompleteChoice(Choice(t), Choice(t)))];
            case "topic":
                return [.. CorpusTopics.For(corpora.Current).Suggest(typed).Select(t => new AutocompleteChoice(t, t))];
            default:
                return [];
        }
    }

    private async Task<Reply> ShowAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var (found, miss) = await lookup.FindAsync(request.Option("slug"), "show", cancellationToken: cancellationToken);
        if (found is null)
        {
            return miss!;
        }

        var isModerator = policy.IsModerator(request.Platform, request.User);
        IReadOnlyList<IReadOnlyList<ReplyButton>> buttons = isModerator
            ? [[new ReplyButton(FactCardActions.PostCard(found.Slug), "Post in this channel"), new ReplyButton(FactCardActions.ReopenEdit(found.Slug), "Edit")]]
            : [];
        return FactCardReplies.Card(found, corpora.Current, ReplyVisibility.Ephemeral, buttons);
    }

    internal static string Target(CommandRequest request) =>
        FactCardMessages.Shorten(request.Option("slug") ?? request.Option("topic") ?? "");

    private static IEnumerable<T> Match<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> text, string typed) =>
        items.Where(i => key(i).StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Concat(items.Where(i => !key(i).StartsWith(typed, StringComparison.OrdinalIgnoreCase) && text(i).Contains(typed, StringComparison.OrdinalIgnoreCase)))
            .Take(25);

    private static string Choice(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
