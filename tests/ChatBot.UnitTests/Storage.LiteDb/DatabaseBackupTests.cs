using ChatBot.Core.FactCards;
using ChatBot.Storage.LiteDb;

namespace ChatBot.UnitTests.Storage;

public sealed class DatabaseBackupTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>, IDisposable
{
    private readonly TempDatabase temp = new();

    private string BackupPath => Path.Combine(temp.Folder, "backups", "copy.db");

    [Fact]
    public async Task ABackup_IsAVerifiedCopyOfEveryRecord_TakenWhileTheDatabaseIsInUse()
    {
        template.CopyTo(temp.Path);
        using var database = temp.Open();
        var cards = new LiteDbFactCardStore(database);
        var writing = Task.Run(async () =>
        {
            for (var i = 1000; i < 1040; i++)
            {
                var card = StoredRecords.Card(i);
                await cards.SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "test:1", null, card.CreatedAt, ["created"], card));
            }
        });

        var result = DatabaseBackup.WriteTo(database, BackupPath);
        await writing;

        Assert.True(result.Succeeded, result.Problem);
        var check = DatabaseCheck.Run(BackupPath);
        Assert.True(check.Intact, check.Problem);
        Assert.Equal(result.Counts, check.Counts);
        Assert.Equal(check.Counts["factcards"], check.Counts["factcard_revisions"]);
        Assert.InRange(check.Counts["factcards"], StoredRecords.Cards, StoredRecords.Cards + 40);
        Assert.False(File.Exists(BackupPath + ".partial"));
    }

    [Fact]
    public void ABackup_NeverOverwritesAFile()
    {
        template.CopyTo(temp.Path);
        using var database = temp.Open();
        Directory.CreateDirectory(Path.GetDirectoryName(BackupPath)!);
        File.WriteAllText(BackupPath, "someone's file");

        var result = DatabaseBackup.WriteTo(database, BackupPath);

        Assert.False(result.Succeeded);
        Assert.EndsWith("already exists; backups never overwrite a file", result.Problem, StringComparison.Ordinal);
        Assert.Equal("someone's file", File.ReadAllText(BackupPath));
    }

    [Fact]
    public void ADamagedDatabase_IsNotBackedUp()
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, DatabaseDamage.ZeroedTail);
        using var database = temp.Open();

        var result = DatabaseBackup.WriteTo(database, BackupPath);

        Assert.False(result.Succeeded);
        Assert.StartsWith($"not backed up: database {temp.Path} is damaged: reading it failed", result.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(BackupPath)));
    }

    public void Dispose() => temp.Dispose();
}
