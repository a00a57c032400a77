using System.Text.Json;
using ChatBot.Core.Storage;

namespace ChatBot.Host.Hosting.Admin;

/// <summary>
/// How a command line finds the running `chatbot serve` that holds a database: a file beside it ("chatbot.db.admin")
/// with the loopback address of the host's admin endpoint, the token it accepts and the host's process id. The file
/// is created owner-only (0600), so the token reaches exactly the users who may write the database itself; a file
/// that others can read or write is refused.
/// </summary>
internal sealed record AdminHandoff(string Url, string Token, int Pid)
{
    private const UnixFileMode OthersMayTouch = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static string PathFor(string databasePath) => databasePath + ".admin";

    /// <summary>Written to a new owner-only file that then takes the name, so a reader never sees half of it.</summary>
    public void Write(string databasePath)
    {
        var path = PathFor(databasePath);
        var temporary = $"{path}.{Pid}.tmp";
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, this, AdminJson.Options);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The handoff beside the database, or null with the reason it cannot be used.</summary>
    public static (AdminHandoff? Handoff, string? Problem) TryRead(string databasePath)
    {
        var path = PathFor(databasePath);
        try
        {
            if (!File.Exists(path))
            {
                return (null, $"there is no {Path.GetFileName(path)} beside it");
            }

            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersMayTouch) != 0)
            {
                return (null, $"{path} may be read or written by other users, so its token is not trusted (it should be owner-only: chmod 600)");
            }

            var handoff = JsonSerializer.Deserialize<AdminHandoff>(File.ReadAllText(path), AdminJson.Options);
            return handoff is { Url.Length: > 0, Token.Length: > 0 } ? (handoff, null) : (null, $"{path} is incomplete");
        }
        catch (Exception e) when (FileFailure.Is(e) || e is JsonException)
        {
            return (null, $"{path} cannot be read ({e.Message.Split('\n')[0].Trim()})");
        }
    }

    /// <summary>Removes the file if it is still this host's (a newer host may have replaced it).</summary>
    public void Remove(string databasePath)
    {
        if (TryRead(databasePath).Handoff?.Token == Token)
        {
            File.Delete(PathFor(databasePath));
        }
    }
}
