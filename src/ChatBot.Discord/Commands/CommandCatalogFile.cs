namespace ChatBot.Discord.Commands;

/// <summary>
/// The shape of <c>commands.json</c>: the commands exactly as Discord takes them. Their names are Core's
/// <see cref="Core.Commands.CommandNames"/>; who sees a reply is <see cref="Core.Commands.CommandVisibility"/>.
/// </summary>
public sealed record CommandCatalogFile(IReadOnlyList<ApplicationCommand> Commands);
