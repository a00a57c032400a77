namespace ChatBot.Discord.Commands;

/// <summary>What registration did to one command (<see cref="Type"/> 1 a slash command, 2 a user command, 3 a message command).</summary>
public sealed record CommandChange(string Name, CommandChangeKind Kind, int Type = 1)
{
    public override string ToString()
    {
        var label = Type switch
        {
            2 => $"\"{Name}\" (user menu)",
            3 => $"\"{Name}\" (message menu)",
            _ => $"/{Name}",
        };
        return Kind switch
        {
            CommandChangeKind.Added => $"+ {label} (added)",
            CommandChangeKind.Updated => $"~ {label} (updated)",
            CommandChangeKind.Removed => $"- {label} (removed)",
            _ => $"= {label} (unchanged)",
        };
    }
}
