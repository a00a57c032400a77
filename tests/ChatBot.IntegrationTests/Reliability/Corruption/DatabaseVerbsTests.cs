using ChatBot.Evaluation;
using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Study;
using ChatBot.UnitTests.Storage;

namespace ChatBot.IntegrationTests.Reliability.Corruption;

/// <summary>`chatbot db check | backup | restore | rebuild` and the fact-card verbs on a database that is damaged.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DatabaseVerbsTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-db-verbs-").FullName;

    private string Database => Path.Combine(folder, "data", "chatbot.db");

    [Fact]
    public async Task BackupCheckRestoreRebuild_RecoverADamagedDatabase_WithoutLosingAFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        template.CopyTo(Database);
        var backup = Path.Combine(folder, "backup.db");

        var backedUp = await DbAsync("backup", backup);
        Assert.Equal(0, backedUp.Exit);
        Assert.StartsWith($"backed up {Database} to {backup}: 300 records (answers 120, factcard_revisions 60, factcards 60, feedback 60)", backedUp.Out, StringComparison.Ordinal);

        DatabaseDamage.Apply(Database, DatabaseDamage.ZeroedTail);
        var damaged = await DbAsync("check");
        Assert.Equal(1, damaged.Exit);
        Assert.StartsWith($"error: database {Database} is damaged: reading it failed (", damaged.Error, StringComparison.Ordinal);
        Assert.Contains("manifest: recorded on", damaged.Out, StringComparison.Ordinal);
        var list = await InProcessCli.RunAsync("factcards", "list", "--db", Database, "--corpus", EvaluationSet.CorpusDirectory);
        Assert.Equal(1, list.Exit);
        Assert.StartsWith($"error: database {Database} is damaged", list.Error, StringComparison.Ordinal);

        var restored = await DbAsync("restore", backup);
        Assert.Equal(0, restored.Exit);
        Assert.Contains("restored", restored.Out, StringComparison.Ordinal);
        var intact = await DbAsync("check");
        Assert.Equal(0, intact.Exit);
        Assert.StartsWith($"database {Database} is intact: 300 records in 4 collections", intact.Out, StringComparison.Ordinal);

        var refused = await DbAsync("restore", backup);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("give --force to replace it", refused.Error, StringComparison.Ordinal);

        DatabaseDamage.Apply(Database, DatabaseDamage.CutHalf);
        var rebuilt = await DbAsync("rebuild");
        Assert.True(rebuilt.Exit == 0, rebuilt.Error + rebuilt.Out);
        Assert.Contains("rebuilt from what could be read", rebuilt.Out, StringComparison.Ordinal);
        Assert.Equal(0, (await DbAsync("check")).Exit);
        Assert.Equal(2, Directory.GetFiles(Path.GetDirectoryName(Database)!, "chatbot.damaged-*.db").Length);
    }

    [Fact]
    public async Task Backup_IsRefused_WhenThereIsNoDatabase()
    {
        var result = await DbAsync("backup", Path.Combine(folder, "backup.db"));

        Assert.Equal(1, result.Exit);
        Assert.Equal($"error: there is no database at {Database} to back up", result.Error.Trim());
        Assert.False(Directory.Exists(Path.GetDirectoryName(Database)));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<(int Exit, string Out, string Error)> DbAsync(params string[] args) => InProcessCli.RunAsync(["db", .. args, "--db", Database]);
}
