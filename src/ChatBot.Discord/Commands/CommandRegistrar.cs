using System.Text.Json;

using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Registers the catalog with one bulk overwrite (guild for quick testing, global for production) and reports the
/// difference from what Discord had before.
/// </summary>
public sealed class CommandRegistrar(DiscordRestClient rest, DiscordCommandCatalog catalog, IOptions<DiscordOptions> options)
{
    public async Task<RegistrationReport> RegisterAsync(string? guildId = null, CancellationToken cancellationToken = default)
    {
        var applicationId = options.Value.ApplicationId ?? throw new InvalidOperationException($"{DiscordOptions.SectionName}:ApplicationId is required");
        if (!options.Value.HasBotToken)
        {
            throw new InvalidOperationException($"{DiscordOptions.SectionName}:BotToken is required to register commands (set ChatBot__Discord__BotToken)");
        }

        guildId = string.IsNullOrWhiteSpace(guildId) ? null : guildId.Trim();
        if (guildId is not null && !Snowflake.IsValid(guildId))
        {
            throw new ArgumentException($"'{guildId}' is not a Discord guild id", nameof(guildId));
        }

        var desired = catalog.ForScope(guild: guildId is not null);
        var errors = CommandCatalogValidator.Validate(desired);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"commands.json breaks Discord's limits:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        var existing = await rest.GetCommandsAsync(applicationId, guildId, cancellationToken);
        var changes = Compare(desired, existing);
        await rest.BulkOverwriteCommandsAsync(applicationId, guildId, desired, cancellationToken);
        return new RegistrationReport(guildId, changes);
    }

    internal static IReadOnlyList<CommandChange> Compare(IReadOnlyList<ApplicationCommand> desired, IReadOnlyList<ApplicationCommand> existing)
    {
        // A slash command and a message command may share a name: each is known by its type and name.
        var before = existing.ToDictionary(c => (Type: c.Type ?? 1, c.Name));
        var changes = desired.Select(command => new CommandChange(command.Name, before.TryGetValue((command.Type ?? 1, command.Name), out var old)
            ? (Canonical(old) == Canonical(command) ? CommandChangeKind.Unchanged : CommandChangeKind.Updated)
            : CommandChangeKind.Added, command.Type ?? 1)).ToList();
        var keys = desired.Select(c => (Type: c.Type ?? 1, c.Name)).ToHashSet();
        changes.AddRange(before.Keys.Where(key => !keys.Contains(key)).OrderBy(key => key.Type).ThenBy(key => key.Name, StringComparer.Ordinal)
            .Select(key => new CommandChange(key.Name, CommandChangeKind.Removed, key.Type)));
        return changes;
    }

    /// <summary>Discord echoes defaults differently from how we send them ("required": false, empty lists): compare normalised JSON.</summary>
    private static string Canonical(ApplicationCommand command) => JsonSerializer.Serialize(
        command with
        {
            Type = command.Type ?? 1,
            Description = command.Type is null or 1 ? command.Description : "",
            Options = Normalize(command.Options),
            Contexts = command.Contexts is { Count: > 0 } contexts ? [.. contexts.Order()] : null,
            IntegrationTypes = command.IntegrationTypes is { Count: > 0 } types ? [.. types.Order()] : null,
        },
        DiscordJsonContext.Default.ApplicationCommand);

    private static List<ApplicationCommandOption>? Normalize(IReadOnlyList<ApplicationCommandOption>? options) =>
        options is { Count: > 0 }
            ? [.. options.Select(o => o with
            {
                Required = o.Required == true ? true : null,
                Autocomplete = o.Autocomplete == true ? true : null,
                Choices = o.Choices is { Count: > 0 } ? o.Choices : null,
                Options = Normalize(o.Options),
            })]
            : null;
}
