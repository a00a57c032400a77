namespace ChatBot.Discord.Commands;

/// <summary>
/// The shape of <c>commands.json</c>: the commands exactly as Discord takes them, plus the sub-commands whose
/// answer is public by default (used when an answer has to be deferred before its visibility is known).
/// </summary>
public sealed record CommandCatalogFile(IReadOnlyList<ApplicationCommand> Commands, IReadOnlyList<string>? PublicByDefault);
