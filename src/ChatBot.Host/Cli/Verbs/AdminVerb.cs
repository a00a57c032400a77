using System.CommandLine;
using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Cli.Verbs;

/// <summary>
/// `chatbot admin link --user NAME [--base-url URL]`: prints a one-time sign-in link to the moderator console, signed
/// with ChatBot:Admin:SigningKey (the same key `serve` has) and recorded as cli:NAME. Needs no database, so it works
/// while the bot runs.
/// </summary>
internal static class AdminVerb
{
    public static Command Create()
    {
        var user = new Option<string>("--user") { Description = "Who the link signs in (recorded as cli:NAME)", Required = true };
        var baseUrl = new Option<string?>("--base-url") { Description = "The console's address (default: ChatBot:Admin:BaseUrl)" };
        var link = new Command("link", "Print a one-time sign-in link to the moderator console (valid 10 minutes)") { user, baseUrl };
        link.SetAction(parsed =>
        {
            var name = parsed.GetValue(user)!.Trim();
            if (name.Length is 0 or > 100 || name.Any(char.IsControl))
            {
                throw new UsageException("--user must be a name of 1 to 100 characters on one line");
            }

            var overrides = new Dictionary<string, string?>();
            if (parsed.GetValue(baseUrl) is { } url)
            {
                overrides["ChatBot:Admin:BaseUrl"] = url;
            }

            using var services = CliServices.Build(overrides, (collection, _) => collection.AddAdminConsoleCore().AddOptions<AdminConsoleOptions>().BindConfiguration(AdminConsoleOptions.Section));
            AdminConsoleOptions options;
            try
            {
                options = services.GetRequiredService<IOptions<AdminConsoleOptions>>().Value;
            }
            catch (OptionsValidationException e)
            {
                throw new CommandFailedException(string.Join("; ", e.Failures));
            }

            if (!options.ConsoleEnabled)
            {
                throw new CommandFailedException("the moderator console is not enabled: set ChatBot:Admin:ConsoleEnabled=true and ChatBot:Admin:SigningKey (e.g. ChatBot__Admin__SigningKey)");
            }

            Console.WriteLine(services.GetRequiredService<AdminLinks>().Issue(ChatPlatform.Cli, name));
            Console.Error.WriteLine($"Works once, for {AdminLinkSigner.Lifetime.TotalMinutes:0} minutes, signing in as cli:{name}. Do not share it.");
            return 0;
        });
        return new Command("admin", "Moderator console tasks") { link };
    }
}
