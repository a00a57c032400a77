using ChatBot.Core.Commands;

using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Resolves the user's moderator facts and calls the command layer; whatever fails becomes a safe error reply,
/// so no exception text ever reaches a chat user.
/// </summary>
public sealed class SlackDispatch(ICommandDispatcher dispatcher, SlackUserResolver users, ILogger<SlackDispatch> logger)
{
    public bool ExpectsSlowReply(CommandRequest request)
    {
        try
        {
            return dispatcher.ExpectsSlowReply(request);
        }
        catch (Exception exception)
        {
            SlackLog.DispatchFailed(logger, request.Command, exception);
            return true;
        }
    }

    public async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            var user = await users.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
            SlackLog.Dispatching(logger, request.Command, request.ChannelId, request.User.Id);
            return await dispatcher.DispatchAsync(request with { User = user }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            SlackLog.DispatchFailed(logger, request.Command, exception);
            return Reply.Error(SlackReplies.SomethingWentWrong);
        }
    }

    public async Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            var user = await users.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
            SlackLog.Dispatching(logger, "component", request.ChannelId, request.User.Id);
            return await dispatcher.DispatchComponentAsync(request with { User = user }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            SlackLog.DispatchFailed(logger, "component", exception);
            return Reply.Error(SlackReplies.SomethingWentWrong);
        }
    }
}
