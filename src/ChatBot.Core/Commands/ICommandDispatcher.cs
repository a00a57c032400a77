namespace ChatBot.Core.Commands;

/// <summary>
/// The single entry point adapters call. A bad request becomes an <see cref="ReplyKind.Invalid"/> reply; a failure
/// inside a handler propagates, and <see cref="Delivery.ReplyRunner"/> (which every adapter dispatches through)
/// turns it into one logged error and a short apology.
/// </summary>
public interface ICommandDispatcher
{
    Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default);

    Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Suggestions for the option being typed; empty when there are none.</summary>
    Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken = default);
}
