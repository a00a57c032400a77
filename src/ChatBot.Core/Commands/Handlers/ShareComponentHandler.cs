namespace ChatBot.Core.Commands.Handlers;

/// <summary>"Share to channel" (share:&lt;id&gt;): posts the private reply the button is on publicly.</summary>
public sealed class ShareComponentHandler(ReplySharing sharing) : IComponentHandler
{
    public string Prefix => ReplySharing.Prefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        arguments.Count == 1 && await sharing.SharedAsync(arguments[0], request.User, cancellationToken) is { } shared
            ? shared
            : Reply.Info("That can no longer be shared. Please run the command again and share the new reply.");
}
