using System.Net.Http;
using ChatBot.Core.Commands;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin.FactCards;

/// <summary>
/// Posts a card into a Discord or Slack channel the way /factcard post does: <see cref="FactCardModeration.PostAsync"/>
/// builds the public card (or refuses one that needs review) and audits it, and the platform's
/// <see cref="IChannelPoster"/> sends it, mentioning nobody. Failures are one line on the page and in the log.
/// </summary>
public sealed class FactCardPostModel(FactCardService cards, FactCardModeration moderation, IEnumerable<IChannelPoster> posters, ModerationAudit audit) : PageModel
{
    private const string Action = "console factcard post";
    private const int MaxChannelIdLength = 40;

    [BindProperty(SupportsGet = true)]
    public string? Slug { get; set; }

    [BindProperty]
    public string? ChannelId { get; set; }

    [BindProperty]
    public ChatPlatform Platform { get; set; } = ChatPlatform.Discord;

    public string? Title { get; private set; }

    public string? Error { get; private set; }

    public string? Posted { get; private set; }

    public IReadOnlyList<ChatPlatform> Platforms => [.. posters.Select(p => p.Platform).Distinct().Order()];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } card)
        {
            return NotFound();
        }

        Title = card.Content.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is not { } user)
        {
            return Forbid();
        }

        if (await FindAsync(cancellationToken) is not { } card)
        {
            return NotFound();
        }

        Title = card.Content.Title;
        var channel = (ChannelId ?? "").Trim();
        var poster = posters.FirstOrDefault(p => p.Platform == Platform);
        if (channel.Length is 0 or > MaxChannelIdLength || !channel.All(char.IsAsciiLetterOrDigit))
        {
            Error = "The channel id is letters and digits only, for example 123456789012345678 (Discord) or C0123456 (Slack).";
        }
        else if (poster is null)
        {
            Error = $"{Platform} is not set up on this bot, so nothing was posted.";
        }

        if (Error is not null)
        {
            await audit.RecordAsync(user.Platform, user.ChatUser, Action, card.Slug, "refused: bad channel or platform", cancellationToken);
            return Page();
        }

        var reply = await moderation.PostableAsync(user.Platform, user.ChatUser, card, cancellationToken);
        if (reply.Kind != ReplyKind.FactCard)
        {
            Error = reply.Body;
            return Page();
        }

        var target = $"{card.Slug} to {Platform.ToString().ToLowerInvariant()}:{channel}";
        try
        {
            await poster!.PostAsync(channel, reply, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await audit.RecordAsync(user.Platform, user.ChatUser, Action, target, $"failed: {e.GetType().Name}", cancellationToken);
            Error = $"{Platform} did not accept the message ({Describe(e)}); check the channel id and that the bot may post there.";
            return Page();
        }

        await audit.RecordAsync(user.Platform, user.ChatUser, Action, target, $"posted version {card.Version}", cancellationToken);
        Posted = $"Posted “{card.Slug}” to {Platform} channel {channel}.";
        return Page();
    }

    private async Task<FactCard?> FindAsync(CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(Slug) ? null : await cards.FindAsync(Slug.Trim().ToLowerInvariant(), cancellationToken);

    private static string Describe(Exception e) => e switch
    {
        HttpRequestException => "it could not be reached",
        OperationCanceledException => "it did not answer in time",
        _ => FirstLine(e.Message),
    };

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
