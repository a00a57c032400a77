using System.Collections.Concurrent;
using ChatBot.Core.Commands;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>A command layer stand-in: records what the adapter dispatched and answers as each test scripts it.</summary>
public sealed class RecordingDispatcher : ICommandDispatcher
{
    public ConcurrentQueue<CommandRequest> Commands { get; } = new();

    public ConcurrentQueue<ComponentRequest> Components { get; } = new();

    public Func<CommandRequest, Reply> OnCommand { get; set; } = Default;

    public Func<ComponentRequest, Reply> OnComponent { get; set; } = r => Reply.Info("pressed " + r.ActionId);

    /// <summary>When set, dispatching waits for it (a slow answer).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public bool Slow { get; set; }

    public void Reset()
    {
        Commands.Clear();
        Components.Clear();
        OnCommand = Default;
        OnComponent = r => Reply.Info("pressed " + r.ActionId);
        Gate = null;
        Slow = false;
    }

    public async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(request);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return OnCommand(request);
    }

    public async Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default)
    {
        Components.Enqueue(request);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return OnComponent(request);
    }

    public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);

    public bool ExpectsSlowReply(CommandRequest request) => Slow;

    private static Reply Default(CommandRequest request) => new()
    {
        Kind = ReplyKind.Answer,
        Body = $"{request.Command}: {request.Option("question") ?? request.Option("about") ?? ""} [1]",
        Sources = [new ReplySource(1, "Source", "Author", "2002-09-17", "https://example.org/a", "Quote.", "a", "p")],
        ButtonRows = [[new ReplyButton("quotes:k1", "Show quotes")]],
        Visibility = request.Flag("public") ? ReplyVisibility.Public : ReplyVisibility.Ephemeral,
    };
}
