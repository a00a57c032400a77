using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Slack's use of <see cref="ReplyRunner"/>: each dispatch and each delivery runs in its own DI scope, because the
/// typed Slack HTTP client must not outlive the scope it came from, and the request's scope ends with the acknowledgement.
/// </summary>
public sealed class SlackWork(ReplyRunner runner, IServiceScopeFactory scopes)
{
    public ReplyJob Dispatch(CommandRequest request) =>
        new(ChatPlatform.Slack, $"/{request.Command}", cancellationToken => InScopeAsync(services => services.GetRequiredService<SlackDispatch>().DispatchAsync(request, cancellationToken)));

    public ReplyJob Dispatch(ComponentRequest request) =>
        new(ChatPlatform.Slack, "component", cancellationToken => InScopeAsync(services => services.GetRequiredService<SlackDispatch>().DispatchComponentAsync(request, cancellationToken)));

    public Task DeliverAsync(Reply reply, ReplyTarget target, CancellationToken cancellationToken) =>
        InScopeAsync(services => services.GetRequiredService<SlackReplySender>().DeliverAsync(reply, target, cancellationToken));

    /// <summary>Runs the job in the background and delivers its reply to <paramref name="target"/>.</summary>
    public void Answer(ReplyJob job, ReplyTarget target) => runner.Defer(job, (reply, cancellationToken) => DeliverAsync(reply, target, cancellationToken));

    /// <summary>Background work that is not one reply (an event, the App Home): tracked and drained like replies.</summary>
    public void Run(string name, Func<IServiceProvider, CancellationToken, Task> work) =>
        runner.Run(ChatPlatform.Slack, name, cancellationToken => InScopeAsync(async services =>
        {
            await work(services, cancellationToken).ConfigureAwait(false);
            return true;
        }));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider).ConfigureAwait(false);
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider).ConfigureAwait(false);
    }
}
