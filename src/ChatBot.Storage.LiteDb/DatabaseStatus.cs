namespace ChatBot.Storage.LiteDb;

/// <summary>Whether the database could be opened, and if not, a one-line reason naming the file.</summary>
public sealed record DatabaseStatus(bool IsOpen, string Path, string? Problem)
{
    public override string ToString() => IsOpen ? $"database open: {Path}" : Problem ?? $"database unavailable: {Path}";
}
