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

    [Theory]
    [InlineData("article.md", "---\ntitle: An article\n---\n\nThe summit was held in Pyongyang.\n", "it looks like a text file")]
    [InlineData("export.json", "{\"cards\": [{\"slug\": \"pyongyang-summit-2002\"}]}", "it looks like a text file")]
    [InlineData("README", "# Abduction-issue chatbot\n\nA Discord and Slack bot.\n", "it looks like a text file")]
    [InlineData("noise.bin", null, "it looks like a binary file")]
    public void APathHoldingSomethingElse_IsRefusedUntouched_InOneLine(string name, string? text, string looks)
    {
        using var temp = new TempDatabase();
        var path = System.IO.Path.Combine(temp.Folder, name);
        File.WriteAllBytes(path, text is null ? [.. Enumerable.Range(0, 20000).Select(i => (byte)(i * 31))] : System.Text.Encoding.UTF8.GetBytes(text));
        var before = DatabaseDamage.Snapshot(temp.Folder);

        using (var database = new ChatBot.Storage.LiteDb.ChatBotDatabase(Microsoft.Extensions.Options.Options.Create(new ChatBot.Storage.LiteDb.StorageOptions { DatabasePath = path }), Microsoft.Extensions.Logging.Abstractions.NullLogger<ChatBot.Storage.LiteDb.ChatBotDatabase>.Instance))
        {
            Assert.Null(database.Database);
            Assert.Equal(ChatBot.Storage.LiteDb.DatabaseState.NotADatabase, database.Status.State);
            Assert.StartsWith($"it is not a LiteDB database ({looks}, ", database.Status.Reason, StringComparison.Ordinal);
            Assert.Contains(path, database.Status.Problem);
            Assert.DoesNotContain('\n', database.Status.Problem!);
        }

        Assert.Equal(before, DatabaseDamage.Snapshot(temp.Folder));
        Assert.Equal([name], Directory.GetFiles(temp.Folder).Select(System.IO.Path.GetFileName));
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
