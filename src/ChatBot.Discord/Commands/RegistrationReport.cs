namespace ChatBot.Discord.Commands;

/// <summary>The result of <c>chatbot discord register</c>: where, and what changed per command.</summary>
public sealed record RegistrationReport(string? GuildId, IReadOnlyList<CommandChange> Changes)
{
    public string Scope => GuildId is null ? "global" : $"guild {GuildId}";

    public bool HasChanges => Changes.Any(c => c.Kind != CommandChangeKind.Unchanged);

    public IEnumerable<string> Lines()
    {
        yield return $"Discord commands ({Scope}): {Changes.Count(c => c.Kind == CommandChangeKind.Added)} added, {Changes.Count(c => c.Kind == CommandChangeKind.Updated)} updated, {Changes.Count(c => c.Kind == CommandChangeKind.Removed)} removed, {Changes.Count(c => c.Kind == CommandChangeKind.Unchanged)} unchanged";
        foreach (var change in Changes)
        {
            yield return $"  {change}";
        }

        if (GuildId is null)
        {
            yield return "Global commands can take a while to appear in every client.";
        }
    }
}
