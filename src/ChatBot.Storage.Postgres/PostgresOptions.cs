namespace ChatBot.Storage.Postgres;

/// <summary>
/// The provider (<c>ChatBot:Storage:Provider</c>) and, for PostgreSQL, its connection string
/// (<c>ConnectionStrings:Postgres</c>, Npgsql syntax: <c>Host=…;Database=…;Username=…;Password=…</c>).
/// </summary>
public sealed class PostgresOptions
{
    public const string Section = "ChatBot:Storage";

    public const string ConnectionStringName = "Postgres";

    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>From <c>ConnectionStrings:Postgres</c> (set when the options are configured, not bound from this section).</summary>
    public string? ConnectionString { get; internal set; }

    /// <summary>The same key LiteDB reads (<c>ChatBot:Storage:AnswerRetention</c>): how long a sent answer's buttons keep working.</summary>
    public TimeSpan AnswerRetention { get; set; } = TimeSpan.FromDays(90);
}
