using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage;

/// <summary>A database file in its own temp folder, with a controllable clock.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly List<ChatBotDatabase> opened = [];

    public TempDatabase() => Folder = Directory.CreateTempSubdirectory("chatbot-db-").FullName;

    public string Folder { get; }

    public string Path => System.IO.Path.Combine(Folder, "chatbot.db");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public IOptions<StorageOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new StorageOptions { CacheTimeToLive = TimeSpan.FromHours(1) });

    public ChatBotDatabase Open()
    {
        var database = new ChatBotDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = Path }), NullLogger<ChatBotDatabase>.Instance, Time);
        opened.Add(database);
        return database;
    }

    public LiteDbAnswerCache Cache(ChatBotDatabase database) => new(database, Options, Time, NullLogger<LiteDbAnswerCache>.Instance);

    public void Dispose()
    {
        opened.ForEach(d => d.Dispose());
        Directory.Delete(Folder, recursive: true);
    }
}
