using ChatBot.Core.Commands;

using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Resolves the user's moderator facts and calls the command layer. Failures propagate to
/// <see cref="Core.Delivery.ReplyRunner"/>, which every Slack dispatch runs in: it logs them and apologises.
/// </summary>
public sealed class SlackDispatch(ICommandDispatcher dispatcher, SlackUserResolver users, ILogger<SlackDispatch> logger)
{
    public async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        var user = await users.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
        SlackLog.Dispatching(logger, request.Command, request.ChannelId, request.User.Id);
        return await dispatcher.DispatchAsync(request with { User = user }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default)
    {
        var user = await users.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
        SlackLog.Dispatching(logger, "component", request.ChannelId, request.User.Id);
        return await dispatcher.DispatchComponentAsync(request with { User = user }, cancellationToken).ConfigureAwait(false);
    }
}
