namespace ChatBot.Core.Commands;

/// <summary>Handles one command name ("ask", "timeline", …). Registered in DI; the dispatcher routes by <see cref="Command"/>.</summary>
public interface ICommandHandler
{
    string Command { get; }

    Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
