using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage;

/// <summary>A populated, cleanly closed database (with its manifest), made once per test class and copied into each test's folder.</summary>
public sealed class TemplateDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-template-").FullName;

    public TemplateDatabase()
    {
        using var database = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = Path }), NullLogger<ChatBotDatabase>.Instance, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        StoredRecords.WriteAsync(database).GetAwaiter().GetResult();
    }

    public string Path => System.IO.Path.Combine(folder, "chatbot.db");

    /// <summary>Copies the database and its manifest to <paramref name="target"/> (and its manifest path).</summary>
    public void CopyTo(string target)
    {
        File.Copy(Path, target, overwrite: true);
        File.Copy(Path + ".manifest.json", target + ".manifest.json", overwrite: true);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
