namespace ChatBot.Core.Commands;

/// <summary>
/// The single entry point adapters call. It never throws for a bad request or a failure inside a handler:
/// those become an <see cref="ReplyKind.Error"/> or <see cref="ReplyKind.Invalid"/> reply with a safe message.
/// </summary>
public interface ICommandDispatcher
{
    Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default);

    Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Suggestions for the option being typed; empty when there are none.</summary>
    Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken = default);

    /// <summary>True when the reply will take long (an LLM is configured): adapters should defer at once instead of waiting.</summary>
    bool ExpectsSlowReply(CommandRequest request);
}
