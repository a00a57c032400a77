namespace ChatBot.Core.Commands;

/// <summary>
/// Routes commands to their handlers and button presses to component handlers by action-id prefix. A failure in
/// a handler propagates to the caller: the adapters run every dispatch through <see cref="Delivery.ReplyRunner"/>,
/// the one layer that turns it into telemetry and a polite apology. With a <see cref="IRequestGate"/>, a handler runs
/// only once admitted (in an allowed channel, within the rate limits, holding a turn); a refused request gets the
/// gate's polite reply, and autocomplete outside the allowed channels suggests nothing.
/// </summary>
public sealed class CommandDispatcher(IEnumerable<ICommandHandler> handlers, IEnumerable<IComponentHandler> components, IBotTelemetry telemetry, IRequestGate? gate = null, ReplySharing? sharing = null) : ICommandDispatcher
{
    private readonly Dictionary<string, ICommandHandler> byCommand = handlers.ToDictionary(h => h.Command, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IComponentHandler> byPrefix = components.ToDictionary(h => h.Prefix, StringComparer.Ordinal);

    public async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        if (!byCommand.TryGetValue(request.Command, out var handler))
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = $"Unknown command \"{Shorten(request.Command)}\". Try /help." };
        }

        Reply reply;
        using (var admission = gate is null ? null : await gate.AdmitAsync(request, cancellationToken))
        {
            if (Refused(admission, request.Platform) is { } refused)
            {
                return refused;
            }

            reply = await handler.HandleAsync(request, cancellationToken);
        }

        return await OfferSharingAsync(reply, request.Platform, cancellationToken);
    }

    public async Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default)
    {
        var (prefix, arguments) = ActionIds.Parse(request.ActionId);
        if (!byPrefix.TryGetValue(prefix, out var handler))
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = "This button is no longer supported. Please run the command again." };
        }

        Reply reply;
        using (var admission = gate is null ? null : await gate.AdmitPressAsync(request, cancellationToken))
        {
            if (Refused(admission, request.Platform) is { } refused)
            {
                return refused;
            }

            reply = await handler.HandleAsync(request, arguments, cancellationToken);
        }

        return await OfferSharingAsync(reply, request.Platform, cancellationToken);
    }

    public async Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken = default)
    {
        if (!byCommand.TryGetValue(request.Command, out var handler) || gate?.RefuseChannel(request.Platform, request.ChannelId, request.IsDirectMessage) is not null)
        {
            return [];
        }

        try
        {
            var choices = await handler.AutocompleteAsync(request, focusedOption, cancellationToken);
            return [.. choices.Take(25)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            telemetry.CommandFailed(request.Platform, $"{request.Command}:autocomplete", e);
            return [];
        }
    }

    private Reply? Refused(Admission? admission, ChatPlatform platform)
    {
        if (admission?.Refusal is not { } refusal)
        {
            return null;
        }

        if (refusal.Scope != ChannelAllowList.Scope)
        {
            telemetry.RateLimited(platform, refusal.Scope);
        }

        return refusal.Reply;
    }

    // Sharing is an extra the reply can do without: a store that fails costs the button, never the reply.
    private async Task<Reply> OfferSharingAsync(Reply reply, ChatPlatform platform, CancellationToken cancellationToken)
    {
        if (sharing is null || !reply.Shareable)
        {
            return reply;
        }

        try
        {
            return await sharing.OfferAsync(reply, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            telemetry.CommandFailed(platform, ReplySharing.Prefix, e);
            return reply;
        }
    }

    private static string Shorten(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
