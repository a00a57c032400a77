using System.Security.Cryptography;

namespace ChatBot.UnitTests.Storage;

/// <summary>The corruption matrix: ways a database file gets damaged on disk, and a fingerprint of a folder's files to prove nothing was written.</summary>
internal static class DatabaseDamage
{
    public const string Emptied = "truncated to 0 bytes";
    public const string Cut5000 = "truncated to 5,000 bytes";
    public const string CutHalf = "truncated to half";
    public const string ZeroedTail = "zeroed tail";
    public const string Flipped = "64 flipped bytes";
    public const string Deleted = "deleted";

    public static void Apply(string path, string damage)
    {
        if (damage == Deleted)
        {
            File.Delete(path);
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var damaged = damage switch
        {
            Emptied => [],
            Cut5000 => bytes[..5000],
            CutHalf => bytes[..(bytes.Length / 2)],
            ZeroedTail => [.. bytes[..(bytes.Length / 2)], .. new byte[bytes.Length - (bytes.Length / 2)]],
            Flipped => Flip(bytes, 64, seed: 13),
            _ => throw new ArgumentException($"unknown damage '{damage}'", nameof(damage)),
        };
        File.WriteAllBytes(path, damaged);
    }

    /// <summary>Flips one random bit in each of <paramref name="count"/> random bytes after the header page.</summary>
    public static byte[] Flip(byte[] bytes, int count, int seed)
    {
        var random = new Random(seed);
        var flipped = (byte[])bytes.Clone();
        for (var i = 0; i < count; i++)
        {
            flipped[random.Next(8192, flipped.Length)] ^= (byte)(1 << random.Next(8));
        }

        return flipped;
    }

    /// <summary>Every file in the folder (but the lock file, which is no data) with the hash of its bytes.</summary>
    public static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), Hash);

    public static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
