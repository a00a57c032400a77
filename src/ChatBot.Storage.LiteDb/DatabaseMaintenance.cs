namespace ChatBot.Storage.LiteDb;

/// <summary>
/// `chatbot db check`, `restore` and `rebuild`, all with the database's lock held (the bot stopped), so nothing
/// writes the file while they read it. Check only reads. Restore and rebuild replace the file: they build the new
/// one beside it and verify it before anything moves, and delete nothing — the file they replace is moved aside
/// ("chatbot.damaged-….db" or "chatbot.replaced-….db"), log included.
/// </summary>
public sealed class DatabaseMaintenance(string databasePath, TimeProvider time)
{
    private readonly string path = Path.GetFullPath(databasePath);

    /// <summary>The full check, with what the manifest recorded: the same verdict the bot reaches when it opens the file.</summary>
    public DatabaseReport Check()
    {
        if (Foreign() is { } foreign)
        {
            return new DatabaseReport(path, DatabaseState.NotADatabase, foreign, null, null);
        }

        var (taken, problem) = File.Exists(path) || File.Exists(DatabaseFiles.Manifest(path)) ? DatabaseLock.TryAcquire(path) : (null, null);
        using (taken)
        {
            if (problem is not null)
            {
                return new DatabaseReport(path, problem == DatabaseLock.LockedReason ? DatabaseState.Locked : DatabaseState.Unusable, problem, null, null);
            }

            var (kind, detail, manifest, current) = Inspect();
            var (state, reason) = kind switch
            {
                DatabaseFileKind.Foreign when manifest is null => (DatabaseState.NotADatabase, detail),
                DatabaseFileKind.Foreign => (DatabaseState.Damaged, $"{detail}, yet its manifest records a database here"),
                DatabaseFileKind.Truncated => (DatabaseState.Damaged, detail),
                DatabaseFileKind.LiteDb when !current!.Intact => (DatabaseState.Damaged, current.Problem),
                _ when manifest?.Contradiction(kind, current?.Counts) is { } contradiction => (DatabaseState.Damaged, contradiction),
                DatabaseFileKind.Missing or DatabaseFileKind.Empty => (DatabaseState.Unopened, "there is no database yet; it is created on first use"),
                _ => (DatabaseState.Open, null),
            };
            return new DatabaseReport(path, state, reason, current, manifest is null || manifest.RecordedAt == DateTimeOffset.MinValue ? null : manifest.Describe());
        }
    }

    /// <summary>
    /// Puts a verified copy of <paramref name="backupFile"/> in place. A missing, empty or damaged database is
    /// replaced (and kept aside); an intact one that holds records only with <paramref name="force"/>.
    /// </summary>
    public RepairResult Restore(string backupFile, bool force)
    {
        var source = Path.GetFullPath(backupFile);
        if (!File.Exists(source) || source == path)
        {
            return RepairResult.Refused(source == path ? "the backup is the database itself" : $"{source} does not exist");
        }

        var backup = DatabaseCheck.Run(source);
        if (!backup.Intact)
        {
            return RepairResult.Refused($"{source} is not an intact database ({backup.Problem}); nothing was changed");
        }

        return WithLock(() =>
        {
            var (kind, detail, manifest, current) = Inspect();
            if (kind == DatabaseFileKind.Foreign && manifest is null)
            {
                return RepairResult.Refused($"{path} holds something that is not a LiteDB database ({detail}); it was not touched: move it away first");
            }

            var intact = current is { Intact: true } && manifest?.Contradiction(kind, current.Counts) is null;
            if (intact && current!.Records > 0 && !force)
            {
                return RepairResult.Refused($"{path} is intact and holds {current.Records:N0} records ({DatabaseManifest.Summary(current.Counts)}); give --force to replace it (it is then kept aside)");
            }

            var partial = Partial("restore");
            File.Copy(source, partial);
            if (File.Exists(DatabaseFiles.Log(source)))
            {
                File.Copy(DatabaseFiles.Log(source), DatabaseFiles.Log(partial));
            }

            return Replace(partial, intact ? "replaced" : "damaged", $"restored {source}", []);
        });
    }

    /// <summary>Salvages what can be read from a damaged database into a new file, which takes its place.</summary>
    public RepairResult Rebuild() => WithLock(() =>
    {
        var (kind, detail, manifest, current) = Inspect();
        if (kind is DatabaseFileKind.Missing or DatabaseFileKind.Empty || (kind == DatabaseFileKind.Foreign && manifest is null))
        {
            return RepairResult.Refused($"there is nothing to salvage at {path}: {detail}; restore a backup instead (`chatbot db restore FILE`)");
        }

        if (current is { Intact: true } && manifest?.Contradiction(kind, current.Counts) is null)
        {
            return new RepairResult(true, $"{path} is intact ({current.Records:N0} records); nothing to rebuild", []);
        }

        var work = Directory.CreateTempSubdirectory("chatbot-rebuild-").FullName;
        try
        {
            var (collections, indexes, notes) = DatabaseSalvage.Read(path, work, manifest?.Collections.Keys ?? []);
            if (collections.Values.Sum(c => c.Count) == 0)
            {
                return new RepairResult(false, $"nothing could be read from {path}; it was not changed: restore a backup instead (`chatbot db restore FILE`)", notes);
            }

            var partial = Partial("rebuild");
            var counts = DatabaseCopier.Write(partial, collections.Select(c => (c.Key, (IEnumerable<LiteDB.BsonDocument>)c.Value.Values)), indexes);
            var details = counts.Select(c => $"{c.Key}: {c.Value:N0} records recovered{Recorded(manifest, c.Key)}").Concat(notes).ToList();
            return Replace(partial, "damaged", "rebuilt from what could be read", details);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    });

    private static string Recorded(DatabaseManifest? manifest, string collection) =>
        manifest?.Collections.TryGetValue(collection, out var count) == true && manifest.RecordedAt != DateTimeOffset.MinValue
            ? $" ({count:N0} recorded on {manifest.RecordedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC)"
            : "";

    /// <summary>Verifies the new file, moves the current one aside (if any), moves the new one in, records its counts.</summary>
    private RepairResult Replace(string partial, string why, string what, IReadOnlyList<string> details)
    {
        var check = DatabaseCheck.Run(partial);
        if (!check.Intact)
        {
            DatabaseFiles.Move(partial, partial + ".failed");
            return new RepairResult(false, $"the new file did not verify ({check.Problem}); the database was not changed", details);
        }

        var now = time.GetUtcNow();
        var aside = File.Exists(path) ? DatabaseFiles.Aside(path, why, now) : null;
        if (aside is not null)
        {
            DatabaseFiles.Move(path, aside);
        }

        DatabaseFiles.Move(partial, path);
        DatabaseManifest.For(check.Counts, now, now).Write(path);
        var kept = aside is null ? "" : $"; the previous file is kept as {aside}";
        return new RepairResult(true, $"{path} {what}: {check.Records:N0} records ({DatabaseManifest.Summary(check.Counts)}){kept}", details);
    }

    private (DatabaseFileKind Kind, string Detail, DatabaseManifest? Manifest, DatabaseCheckResult? Current) Inspect()
    {
        var (kind, detail) = DatabaseFileProbe.Inspect(path);
        return (kind, detail, DatabaseManifest.Read(path), kind == DatabaseFileKind.LiteDb ? DatabaseCheck.Run(path) : null);
    }

    private string Partial(string why)
    {
        var partial = DatabaseFiles.Aside(path, why + "-partial", time.GetUtcNow());
        File.Delete(partial);
        File.Delete(DatabaseFiles.Log(partial));
        return partial;
    }

    /// <summary>Why the path holds something that is not a database (and no manifest says one was there), or null.</summary>
    private string? Foreign() =>
        DatabaseFileProbe.Inspect(path) is (DatabaseFileKind.Foreign, var detail) && DatabaseManifest.Read(path) is null ? detail : null;

    private RepairResult WithLock(Func<RepairResult> repair)
    {
        if (Foreign() is { } foreign)
        {
            return RepairResult.Refused($"{path} holds something that is not a LiteDB database ({foreign}); it was not touched");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var (taken, problem) = DatabaseLock.TryAcquire(path);
        if (taken is null)
        {
            return RepairResult.Refused($"cannot lock {path}: {problem}; stop the bot first");
        }

        using (taken)
        {
            return repair();
        }
    }
}
