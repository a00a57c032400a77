using System.Collections.Concurrent;

using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Discord.Support;

/// <summary>Stands in for the command layer: records what the adapter sent and answers as each test scripts.</summary>
internal sealed class FakeDispatcher : ICommandDispatcher
{
    public ConcurrentQueue<CommandRequest> Commands { get; } = new();

    public ConcurrentQueue<ComponentRequest> Components { get; } = new();

    public ConcurrentQueue<(CommandRequest Request, string Focused)> Autocompletes { get; } = new();

    public Func<CommandRequest, CancellationToken, Task<Reply>> OnCommand { get; set; } = (_, _) => Task.FromResult(Replies.Answer());

    public Func<ComponentRequest, CancellationToken, Task<Reply>> OnComponent { get; set; } = (_, _) => Task.FromResult(Replies.Answer() with { ReplaceOriginal = true });

    public Func<CommandRequest, string, Task<IReadOnlyList<AutocompleteChoice>>> OnAutocomplete { get; set; } =
        (_, _) => Task.FromResult<IReadOnlyList<AutocompleteChoice>>([new AutocompleteChoice("Yokota Megumi", "yokota-megumi")]);

    public bool Slow { get; set; }

    /// <summary>Completes when a dispatch starts, so a test can advance a fake clock only once the adapter is waiting.</summary>
    public TaskCompletionSource Started { get; private set; } = NewSignal();

    public Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(request);
        Started.TrySetResult();
        return OnCommand(request, cancellationToken);
    }

    public Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default)
    {
        Components.Enqueue(request);
        Started.TrySetResult();
        return OnComponent(request, cancellationToken);
    }

    public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken = default)
    {
        Autocompletes.Enqueue((request, focusedOption));
        return OnAutocomplete(request, focusedOption);
    }

    public bool ExpectsSlowReply(CommandRequest request) => Slow;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
