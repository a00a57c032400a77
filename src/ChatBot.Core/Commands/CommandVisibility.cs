namespace ChatBot.Core.Commands;

/// <summary>
/// Who sees a command's reply, decided once for both platforms and for both the handler and the adapter's
/// deferral: only the asker, unless the request says <c>public</c> or the command speaks to the channel by nature
/// (posting a fact card, starting a quiz).
/// </summary>
public static class CommandVisibility
{
    private static readonly HashSet<string> PublicByDefault = new(StringComparer.OrdinalIgnoreCase)
    {
        $"{CommandNames.FactCard} post",
        $"{CommandNames.Quiz} start",
    };

    public static bool IsPublicByDefault(string command, string? subcommand) =>
        PublicByDefault.Contains(subcommand is null ? command : $"{command} {subcommand}");

    public static ReplyVisibility Of(CommandRequest request) =>
        request.Flag(CommandNames.PublicOption) || IsPublicByDefault(request.Command, request.Subcommand) ? ReplyVisibility.Public : ReplyVisibility.Ephemeral;
}
