namespace ChatBot.Discord.Commands;

/// <summary>What registration did to one command.</summary>
public sealed record CommandChange(string Name, CommandChangeKind Kind)
{
    public override string ToString() => Kind switch
    {
        CommandChangeKind.Added => $"+ /{Name} (added)",
        CommandChangeKind.Updated => $"~ /{Name} (updated)",
        CommandChangeKind.Removed => $"- /{Name} (removed)",
        _ => $"= /{Name} (unchanged)",
    };
}
