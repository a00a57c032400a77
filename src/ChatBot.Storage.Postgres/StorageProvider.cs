namespace ChatBot.Storage.Postgres;

/// <summary>Where the shared records live (<c>ChatBot:Storage:Provider</c>): the embedded LiteDB file, or PostgreSQL for several replicas.</summary>
public enum StorageProvider
{
    LiteDb = 0,
    Postgres = 1,
}
