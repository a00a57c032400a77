namespace ChatBot.Core.Commands;

/// <summary>The platform permissions the command layer cares about, mapped by each adapter from its own model.</summary>
[Flags]
public enum MemberPermissions
{
    None = 0,
    Administrator = 1,
    ManageMessages = 2,
}
