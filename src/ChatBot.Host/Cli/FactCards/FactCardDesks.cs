using ChatBot.Host.Hosting.Admin;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Cli.FactCards;

/// <summary>
/// Chooses where `chatbot factcards` works, and says which on standard error: the database file when this process
/// can open it; when a running `chatbot serve` holds it, that host's admin endpoint (found through the owner-only
/// file beside the database). When neither works, one line saying why (exit code 1).
/// </summary>
internal static class FactCardDesks
{
    public static async Task<IFactCardDesk> OpenAsync(IDictionary<string, string?> overrides, CancellationToken cancellationToken)
    {
        var services = CliServices.Build(overrides);
        try
        {
            var database = services.GetRequiredService<ChatBotDatabase>();
            var status = database.EnsureOpened();
            if (status.IsOpen)
            {
                await Console.Error.WriteLineAsync($"fact cards: {database.Path} (opened directly)");
                return new LocalFactCardDesk(services);
            }

            if (status.State != DatabaseState.Locked)
            {
                throw new CommandFailedException(status.Problem ?? status.ToString());
            }

            var (handoff, missing) = AdminHandoff.TryRead(database.Path);
            var (desk, problem) = handoff is null ? (null, missing) : await RemoteFactCardDesk.ConnectAsync(handoff, database.Path, cancellationToken);
            if (desk is null)
            {
                throw new CommandFailedException($"database {database.Path} is locked by another process, and no running `chatbot serve` could take the request: {problem}. Nothing was changed");
            }

            await Console.Error.WriteLineAsync($"fact cards: {database.Path} is in use by `chatbot serve` (pid {handoff!.Pid}); going through its admin endpoint at {handoff.Url}, which checks cards against the corpus it serves");
            services.Dispose();
            return desk;
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }
}
