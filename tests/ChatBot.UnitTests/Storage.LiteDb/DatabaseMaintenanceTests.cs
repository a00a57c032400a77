using ChatBot.Storage.LiteDb;

namespace ChatBot.UnitTests.Storage;

/// <summary>`chatbot db check | restore | rebuild`: each replaces nothing it cannot verify and deletes nothing.</summary>
public sealed class DatabaseMaintenanceTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>, IDisposable
{
    private readonly TempDatabase temp = new();

    private DatabaseMaintenance Maintenance => new(temp.Path, temp.Time);

    private string Aside(string why) => Path.Combine(temp.Folder, $"chatbot.{why}-20260101T000000Z.db");

    [Theory]
    [InlineData(DatabaseDamage.Emptied)]
    [InlineData(DatabaseDamage.Deleted)]
    [InlineData(DatabaseDamage.Cut5000)]
    [InlineData(DatabaseDamage.CutHalf)]
    [InlineData(DatabaseDamage.ZeroedTail)]
    [InlineData(DatabaseDamage.Flipped)]
    public void Check_ReportsEveryDamage_AndRestore_PutsTheBackupBack_KeepingTheDamagedFileAside(string damage)
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, damage);
        var damagedHash = File.Exists(temp.Path) ? DatabaseDamage.Hash(temp.Path) : null;

        var report = Maintenance.Check();
        var restored = Maintenance.Restore(template.Path, force: false);

        Assert.Equal(DatabaseState.Damaged, report.State);
        Assert.False(report.Healthy);
        Assert.True(restored.Succeeded, restored.Summary);
        Assert.Equal(DatabaseDamage.Hash(template.Path), DatabaseDamage.Hash(temp.Path));
        Assert.Equal(damagedHash, File.Exists(Aside("damaged")) ? DatabaseDamage.Hash(Aside("damaged")) : null);
        Assert.Equal(DatabaseState.Open, Maintenance.Check().State);
        using var database = temp.Open();
        Assert.Equal(DatabaseState.Open, database.EnsureOpened().State);
    }

    [Fact]
    public void Restore_RefusesToReplaceAnIntactDatabaseWithRecords_UnlessForced()
    {
        template.CopyTo(temp.Path);
        var backup = Path.Combine(temp.Folder, "old.db");
        using (var empty = new LiteDB.LiteDatabase(backup))
        {
            empty.GetCollection("factcards").Insert(new LiteDB.BsonDocument { ["_id"] = "x", ["Json"] = "{}" });
        }

        var refused = Maintenance.Restore(backup, force: false);
        var unchanged = DatabaseDamage.Hash(temp.Path);
        var forced = Maintenance.Restore(backup, force: true);

        Assert.False(refused.Succeeded);
        Assert.Contains("is intact and holds 300 records", refused.Summary, StringComparison.Ordinal);
        Assert.Contains("give --force to replace it", refused.Summary, StringComparison.Ordinal);
        Assert.Equal(DatabaseDamage.Hash(template.Path), unchanged);
        Assert.True(forced.Succeeded, forced.Summary);
        Assert.Equal(unchanged, DatabaseDamage.Hash(Aside("replaced")));
        Assert.Equal(1, Maintenance.Check().Check!.Records);
    }

    [Fact]
    public void Restore_RefusesADamagedBackup_AndAPathHoldingSomethingElse()
    {
        var damagedBackup = Path.Combine(temp.Folder, "bad-backup.db");
        template.CopyTo(damagedBackup);
        DatabaseDamage.Apply(damagedBackup, DatabaseDamage.ZeroedTail);
        File.WriteAllText(temp.Path, "# README\n");

        var fromDamaged = Maintenance.Restore(damagedBackup, force: true);
        var overReadme = Maintenance.Restore(template.Path, force: true);

        Assert.StartsWith($"{damagedBackup} is not an intact database (reading it failed", fromDamaged.Summary, StringComparison.Ordinal);
        Assert.Contains("holds something that is not a LiteDB database", overReadme.Summary, StringComparison.Ordinal);
        Assert.Equal("# README\n", File.ReadAllText(temp.Path));
    }

    [Fact]
    public void Restore_IsRefusedWhileTheBotHoldsTheDatabase()
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, DatabaseDamage.ZeroedTail);
        using var running = temp.Open();
        running.EnsureOpened();

        var restored = Maintenance.Restore(template.Path, force: false);

        Assert.False(restored.Succeeded);
        Assert.EndsWith("the file is locked by another process (is `chatbot serve` running?); stop the bot first", restored.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseDamage.ZeroedTail)]
    [InlineData(DatabaseDamage.Flipped)]
    public void Rebuild_SalvagesWhatCanBeRead_IntoAVerifiedFile_KeepingTheDamagedOneAside(string damage)
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, damage);
        var damagedHash = DatabaseDamage.Hash(temp.Path);

        var rebuilt = Maintenance.Rebuild();

        Assert.True(rebuilt.Succeeded, rebuilt.Summary);
        Assert.Equal(damagedHash, DatabaseDamage.Hash(Aside("damaged")));
        var check = DatabaseCheck.Run(temp.Path);
        Assert.True(check.Intact, check.Problem);
        Assert.InRange(check.Counts.GetValueOrDefault("factcards"), StoredRecords.Cards / 2, StoredRecords.Cards);
        Assert.Contains(rebuilt.Details, d => d.StartsWith("factcards: ", StringComparison.Ordinal) && d.EndsWith("(60 recorded on 2026-01-01 00:00 UTC)", StringComparison.Ordinal));
        using var database = temp.Open();
        Assert.Equal(DatabaseState.Open, database.EnsureOpened().State);
    }

    [Fact]
    public void Rebuild_OfAFileCutInsideAPage_SalvagesItsWholePages()
    {
        // A database whose page count is odd, cut in half, ends inside a page; LiteDB opens no such file, so without
        // this the rebuild found nothing (the page count varies with LiteDB's random index levels: 6 of 150 runs of DatabaseVerbsTests' steps).
        template.CopyTo(temp.Path);
        var wholePages = new FileInfo(temp.Path).Length / 2 / DatabaseFileProbe.PageSize * DatabaseFileProbe.PageSize;
        using var atABoundary = new TempDatabase();
        template.CopyTo(atABoundary.Path);
        Cut(atABoundary.Path, wholePages);
        Cut(temp.Path, wholePages + 1000);

        var rebuilt = Maintenance.Rebuild();
        var expected = new DatabaseMaintenance(atABoundary.Path, atABoundary.Time).Rebuild();

        Assert.True(rebuilt.Succeeded, rebuilt.Summary);
        Assert.Contains("the file ends inside a page: its last 1,000 bytes were left out", rebuilt.Details);
        Assert.True(expected.Succeeded, expected.Summary);
        Assert.True(DatabaseCheck.Run(temp.Path).Records > 0);
        Assert.Equal(DatabaseCheck.Run(atABoundary.Path).Counts, DatabaseCheck.Run(temp.Path).Counts);
        Assert.Equal(wholePages + 1000, new FileInfo(Aside("damaged")).Length);

        static void Cut(string path, long length)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            file.SetLength(length);
        }
    }

    [Theory]
    [InlineData(DatabaseDamage.Emptied, "the file is empty (0 bytes)")]
    [InlineData(DatabaseDamage.Deleted, "there is no file")]
    public void Rebuild_HasNothingToSalvage_FromAnEmptyOrMissingFile(string damage, string detail)
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, damage);
        var before = DatabaseDamage.Snapshot(temp.Folder);

        var rebuilt = Maintenance.Rebuild();

        Assert.False(rebuilt.Succeeded);
        Assert.Contains(detail, rebuilt.Summary, StringComparison.Ordinal);
        Assert.Contains("chatbot db restore FILE", rebuilt.Summary, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseDamage.Snapshot(temp.Folder));
    }

    [Fact]
    public void CheckAndRebuild_OfAnIntactDatabase_ChangeNothing()
    {
        template.CopyTo(temp.Path);
        var before = DatabaseDamage.Snapshot(temp.Folder);

        var report = Maintenance.Check();
        var rebuilt = Maintenance.Rebuild();

        Assert.Equal(DatabaseState.Open, report.State);
        Assert.Equal(300, report.Check!.Records);
        Assert.StartsWith("recorded on 2026-01-01 00:00 UTC: answers 120, factcard_revisions 60", report.Recorded, StringComparison.Ordinal);
        Assert.True(rebuilt.Succeeded);
        Assert.EndsWith("is intact (300 records); nothing to rebuild", rebuilt.Summary, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseDamage.Snapshot(temp.Folder));
    }

    public void Dispose() => temp.Dispose();
}
