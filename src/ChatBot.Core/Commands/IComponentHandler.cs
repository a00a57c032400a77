namespace ChatBot.Core.Commands;

/// <summary>
/// Handles button presses whose action id starts with <see cref="Prefix"/> followed by ':' (for example
/// "quotes:…", "fb:…"). Action ids are built by <see cref="ActionIds"/>.
/// </summary>
public interface IComponentHandler
{
    string Prefix { get; }

    Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
