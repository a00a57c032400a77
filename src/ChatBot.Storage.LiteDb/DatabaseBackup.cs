namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Online backups: a consistent copy of the open database into a new file, verified by the full check before it
/// takes its final name. A database that is not open and intact is never backed up (copies of a damaged file would
/// push the good backups out of retention).
/// </summary>
public static class DatabaseBackup
{
    public static BackupResult WriteTo(ChatBotDatabase database, string file)
    {
        var target = Path.GetFullPath(file);
        if (database.EnsureOpened() is { IsOpen: false } status)
        {
            return Failed($"not backed up: {status.Problem}");
        }

        if (File.Exists(target))
        {
            return Failed($"{target} already exists; backups never overwrite a file");
        }

        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            DeleteWithLog(partial);
            var counts = DatabaseCopier.CopyConsistent(database.Database ?? throw new IOException("the database closed during the backup"), partial);
            var check = DatabaseCheck.Run(partial);
            if (!check.Intact || !SameRecords(check.Counts, counts))
            {
                DeleteWithLog(partial);
                return Failed($"the copy did not verify ({check.Problem ?? "record counts differ"}); nothing was kept");
            }

            File.Move(partial, target);
            database.RecordCounts(checkedNow: true);
            return new BackupResult(target, counts, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            database.ReportFailure(e);
            DeleteWithLog(partial);
            return Failed($"the backup failed ({DatabaseFailures.Describe(e)})");
        }
    }

    /// <summary>Equal counts, ignoring empty collections (a copy does not create a collection it has nothing to put in).</summary>
    internal static bool SameRecords(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Where(c => c.Value > 0).OrderBy(c => c.Key, StringComparer.Ordinal).SequenceEqual(b.Where(c => c.Value > 0).OrderBy(c => c.Key, StringComparer.Ordinal));

    private static BackupResult Failed(string problem) => new(null, new Dictionary<string, int>(), problem);

    private static void DeleteWithLog(string path)
    {
        File.Delete(path);
        File.Delete(DatabaseFiles.Log(path));
    }
}
