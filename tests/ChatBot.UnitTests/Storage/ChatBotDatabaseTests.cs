using ChatBot.Core.Answers;

namespace ChatBot.UnitTests.Storage;

public sealed class ChatBotDatabaseTests
{
    [Fact]
    public async Task ALockedDatabase_IsReportedInOneLineNamingTheFile_AndTheCacheMisses()
    {
        using var temp = new TempDatabase();
        var owner = temp.Open();
        Assert.NotNull(owner.Database);

        var second = temp.Open();
        Assert.Null(second.Database);
        Assert.Contains(temp.Path, second.Status.Problem);
        Assert.Contains("locked", second.Status.Problem);
        Assert.DoesNotContain('\n', second.Status.Problem!);

        var cache = temp.Cache(second);
        var key = AnswerCacheKey.For("q", "fp");
        await cache.SetAsync(key, new AnswerResult("q", AnswerStatus.NotFound, "No.", [], [], false, 0));
        Assert.Null(await temp.Cache(second).GetAsync(key));
    }

    [Fact]
    public void ACorruptDatabase_IsReportedInOneLineNamingTheFile()
    {
        using var temp = new TempDatabase();
        File.WriteAllBytes(temp.Path, [.. Enumerable.Range(0, 20000).Select(i => (byte)(i * 31))]);

        var database = temp.Open();
        Assert.Null(database.Database);
        Assert.Contains(temp.Path, database.Status.Problem);
        Assert.DoesNotContain('\n', database.Status.Problem!);
    }

    [Fact]
    public void AnUnusablePath_IsReportedInsteadOfThrown()
    {
        using var temp = new TempDatabase();
        File.WriteAllText(System.IO.Path.Combine(temp.Folder, "blocker"), "a file where a folder should be");
        var database = new ChatBot.Storage.LiteDb.ChatBotDatabase(
            Microsoft.Extensions.Options.Options.Create(new ChatBot.Storage.LiteDb.StorageOptions { DatabasePath = System.IO.Path.Combine(temp.Folder, "blocker", "chatbot.db") }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ChatBot.Storage.LiteDb.ChatBotDatabase>.Instance);
        Assert.Null(database.Database);
        Assert.Contains("blocker", database.Status.Problem);
    }
}
