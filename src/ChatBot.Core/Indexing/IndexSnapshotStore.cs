using ChatBot.Core.Storage;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Index snapshots on disk, one file per corpus fingerprint ("{fingerprint}.index"). Writes go to a temporary
/// file first and are moved into place, so a crash never leaves a half-written snapshot; older snapshots are
/// removed. Every failure is reported as text, never thrown: the caller just indexes from the files.
/// </summary>
public sealed class IndexSnapshotStore(string directory)
{
    private const string Extension = ".index";

    public string Directory => directory;

    public CorpusIndex? TryLoad(string fingerprint, Text.TextAnalyzer analyzer)
    {
        var path = PathFor(fingerprint);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            // Unbuffered: the snapshot reader buffers small values itself and reads arrays straight into place.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            return IndexSnapshotFormat.Read(stream, fingerprint, analyzer);
        }
        catch (Exception e) when (FileFailure.Is(e) || e is InvalidDataException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Saves the snapshot; returns a one-line problem when it could not (the index is still usable).</summary>
    public string? TrySave(CorpusIndex index) => TrySave(index, IndexSnapshotFormat.Current);

    /// <param name="format">The current format, or format 6 or 8 (tests of what earlier releases left on disk).</param>
    internal string? TrySave(CorpusIndex index, int format)
    {
        var temporary = (string?)null;
        try
        {
            System.IO.Directory.CreateDirectory(directory);
            var path = PathFor(index.Fingerprint);
            temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var stream = new BufferedStream(File.Create(temporary), 1 << 16))
            {
                IndexSnapshotFormat.Write(stream, index, format);
            }

            File.Move(temporary, path, overwrite: true);
            foreach (var old in System.IO.Directory.EnumerateFiles(directory, "*" + Extension).Where(f => f != path))
            {
                File.Delete(old);
            }

            return null;
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            // A snapshot written but not moved into place (or cut short) is 100+ MB at 120k passages and no later save
            // of another process would reuse its name: not left behind.
            TryDelete(temporary);
            return $"index snapshot not saved in {directory}: {e.Message.Split('\n')[0]}";
        }
    }

    private static void TryDelete(string? temporary)
    {
        try
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            // The save's own failure is what the caller is told; a temporary that cannot be removed either adds nothing.
        }
    }

    private string PathFor(string fingerprint) => Path.Combine(directory, fingerprint + Extension);
}
