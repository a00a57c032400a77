namespace ChatBot.Discord.Commands;

public enum CommandChangeKind
{
    Unchanged = 0,
    Added = 1,
    Updated = 2,
    Removed = 3,
}
