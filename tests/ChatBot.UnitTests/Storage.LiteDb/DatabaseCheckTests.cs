using ChatBot.Storage.LiteDb;

namespace ChatBot.UnitTests.Storage;

public sealed class DatabaseCheckTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>, IDisposable
{
    private readonly TempDatabase temp = new();

    [Fact]
    public void AnIntactDatabase_IsCountedPerCollection()
    {
        var check = DatabaseCheck.Run(template.Path);

        Assert.True(check.Intact, check.Problem);
        Assert.Equal(new Dictionary<string, int> { ["answers"] = StoredRecords.Answers, ["factcard_revisions"] = StoredRecords.Cards, ["factcards"] = StoredRecords.Cards, ["feedback"] = StoredRecords.Votes }, check.Counts);
    }

    [Fact]
    public void CheckingDamagedFiles_ChangesNothing_AndLeavesNothingThatCrashesTheProcessLater()
    {
        // LiteDB can leave a half-released transaction behind after a damaged page, whose finalizer throws on the
        // finalizer thread and ends the process (it did, in the first sweep of flipped bytes). If that came back,
        // forcing the finalizers below would crash this test run. (Seeds 6 and 29 are avoided only for speed: on
        // them LiteDB's reader allocates 1.7 GB before it fails, which the check also reports as damage.)
        var bytes = File.ReadAllBytes(template.Path);
        var failures = 0;
        for (var seed = 30; seed < 70; seed++)
        {
            File.WriteAllBytes(temp.Path, DatabaseDamage.Flip(bytes, 64, seed));
            var before = DatabaseDamage.Hash(temp.Path);
            failures += DatabaseCheck.Run(temp.Path).Intact ? 0 : 1;
            Assert.Equal(before, DatabaseDamage.Hash(temp.Path));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Equal(40, failures);
    }

    public void Dispose() => temp.Dispose();
}
