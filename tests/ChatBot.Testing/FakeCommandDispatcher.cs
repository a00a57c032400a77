using System.Collections.Concurrent;

using ChatBot.Core.Commands;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Testing;

/// <summary>
/// Stands in for the command layer: records what an adapter dispatched and answers as each test scripts it. Without
/// a script it answers from the dispatcher it wraps (<see cref="Decorate"/>) or with a small cited echo of the command.
/// </summary>
public sealed class FakeCommandDispatcher : ICommandDispatcher, ISlowReplyPolicy
{
    private int calls;

    public ConcurrentQueue<CommandRequest> Commands { get; } = new();

    public ConcurrentQueue<ComponentRequest> Components { get; } = new();

    public ConcurrentQueue<(CommandRequest Request, string Focused)> Autocompletes { get; } = new();

    /// <summary>Commands, components and autocompletes that reached this dispatcher.</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <summary>False for benchmarks, which dispatch millions of times: nothing is kept.</summary>
    public bool Records { get; init; } = true;

    /// <summary>The real command layer this one wraps, when installed by <see cref="Decorate"/>.</summary>
    public ICommandDispatcher? Inner { get; set; }

    public Func<CommandRequest, CancellationToken, Task<Reply>>? OnCommand { get; set; }

    public Func<ComponentRequest, CancellationToken, Task<Reply>>? OnComponent { get; set; }

    public Func<CommandRequest, string, Task<IReadOnlyList<AutocompleteChoice>>>? OnAutocomplete { get; set; }

    /// <summary>What <see cref="IsSlow"/> says (the runner then defers at once); when null, the policy it wraps decides (false without one).</summary>
    public bool? Slow { get; set; }

    /// <summary>The host's own slow-reply policy (an LLM's), when <see cref="Decorate"/> found one.</summary>
    public ISlowReplyPolicy? InnerSlowReplies { get; set; }

    /// <summary>When set, commands and components wait for it before answering (a slow answer the test lets go).</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Completes when a dispatch starts, so a test can advance a fake clock only once the adapter is waiting.</summary>
    public TaskCompletionSource Started { get; private set; } = NewSignal();

    /// <summary>The command layer and the slow-reply policy are this fake (a test host without the real command layer).</summary>
    public void Replace(IServiceCollection services)
    {
        services.AddSingleton<ICommandDispatcher>(this);
        services.AddSingleton<ISlowReplyPolicy>(this);
    }

    /// <summary>
    /// Replaces the registered <see cref="ICommandDispatcher"/> with this fake wrapping it, so a test can count, hold or
    /// script calls that reach the host's real command layer; the slow-reply policy too, so <see cref="Slow"/> can force a deferral.
    /// </summary>
    public void Decorate(IServiceCollection services)
    {
        var policy = services.LastOrDefault(d => d.ServiceType == typeof(ISlowReplyPolicy));
        if (policy is not null)
        {
            services.Remove(policy);
        }

        services.AddSingleton<ISlowReplyPolicy>(sp =>
        {
            InnerSlowReplies = policy?.ImplementationInstance as ISlowReplyPolicy
                ?? (ISlowReplyPolicy?)policy?.ImplementationFactory?.Invoke(sp)
                ?? (policy?.ImplementationType is { } type ? (ISlowReplyPolicy)ActivatorUtilities.CreateInstance(sp, type) : null);
            return this;
        });

        var original = services.Last(d => d.ServiceType == typeof(ICommandDispatcher));
        services.Remove(original);
        services.AddSingleton<ICommandDispatcher>(sp =>
        {
            Inner = original.ImplementationInstance as ICommandDispatcher
                ?? (ICommandDispatcher?)original.ImplementationFactory?.Invoke(sp)
                ?? (ICommandDispatcher)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!);
            return this;
        });
    }

    /// <summary>Back to a fresh fake (no script, no gate) for the next test of a shared fixture.</summary>
    public void Reset()
    {
        Commands.Clear();
        Components.Clear();
        Autocompletes.Clear();
        Interlocked.Exchange(ref calls, 0);
        OnCommand = null;
        OnComponent = null;
        OnAutocomplete = null;
        Slow = null;
        Gate = null;
        Started = NewSignal();
    }

    public async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        if (Records)
        {
            Commands.Enqueue(request);
        }

        Started.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await (OnCommand?.Invoke(request, cancellationToken)
            ?? Inner?.DispatchAsync(request, cancellationToken)
            ?? Task.FromResult(Echo(request)));
    }

    public async Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        if (Records)
        {
            Components.Enqueue(request);
        }

        Started.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await (OnComponent?.Invoke(request, cancellationToken)
            ?? Inner?.DispatchComponentAsync(request, cancellationToken)
            ?? Task.FromResult(Reply.Info("pressed " + request.ActionId)));
    }

    public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        if (Records)
        {
            Autocompletes.Enqueue((request, focusedOption));
        }

        return OnAutocomplete?.Invoke(request, focusedOption)
            ?? Inner?.AutocompleteAsync(request, focusedOption, cancellationToken)
            ?? Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
    }

    public bool IsSlow(CommandRequest request) => Slow ?? InnerSlowReplies?.IsSlow(request) ?? false;

    /// <summary>A cited answer naming the command and its question, public only when asked to be.</summary>
    private static Reply Echo(CommandRequest request) => new()
    {
        Kind = ReplyKind.Answer,
        Body = $"{request.Command}: {request.Option("question") ?? request.Option("about") ?? ""} [1]",
        Sources = [new ReplySource(1, "Source", "Author", "2002-09-17", "https://example.org/a", "Quote.", "a", "p")],
        ButtonRows = [[new ReplyButton("quotes:k1", "Show quotes")]],
        Visibility = request.Flag("public") ? ReplyVisibility.Public : ReplyVisibility.Ephemeral,
    };

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
