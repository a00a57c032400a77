namespace ChatBot.Storage.Postgres;

/// <summary>The schema version the database is at and the one this build needs.</summary>
public sealed record SchemaStatus(int Current, int Latest)
{
    public bool IsBehind => Current < Latest;

    public bool IsAhead => Current > Latest;
}
