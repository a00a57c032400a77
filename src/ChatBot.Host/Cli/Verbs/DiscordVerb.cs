using System.CommandLine;

using ChatBot.Discord;
using ChatBot.Discord.Commands;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot discord register [--guild ID | --global]`: bulk-overwrites the slash commands and prints what changed.
/// A guild updates at once (for testing); global commands are for production and take a while to spread.
/// </summary>
internal static class DiscordVerb
{
    public static Command Create()
    {
        var guild = new Option<string?>("--guild") { Description = "Register in this guild only (default: ChatBot:Discord:GuildId, else global)" };
        var global = new Option<bool>("--global") { Description = "Register globally even when ChatBot:Discord:GuildId is set" };
        var register = new Command("register", "Register or update the bot's slash commands with Discord") { guild, global };
        register.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(global) && parsed.GetValue(guild) is not null)
            {
                throw new UsageException("use either --guild or --global");
            }

            using var services = CliServices.Build(new Dictionary<string, string?>(), (collection, configuration) => collection.AddDiscordAdapter(configuration));
            var registrar = services.GetService<CommandRegistrar>()
                ?? throw new UsageException("Discord is not configured: set ChatBot:Discord:ApplicationId, ChatBot:Discord:PublicKey and ChatBot:Discord:BotToken (e.g. ChatBot__Discord__BotToken)");
            var configuredGuild = services.GetRequiredService<IConfiguration>()["ChatBot:Discord:GuildId"];
            var target = parsed.GetValue(global) ? null : parsed.GetValue(guild) ?? configuredGuild;
            var report = await registrar.RegisterAsync(target, cancellationToken);
            foreach (var line in report.Lines())
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return new Command("discord", "Discord adapter tasks") { register };
    }
}
