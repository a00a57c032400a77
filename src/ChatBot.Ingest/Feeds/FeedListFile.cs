using System.Text.Json;

namespace ChatBot.Ingest.Feeds;

/// <summary>The followed feeds, in a JSON file (<see cref="IngestOptions.FeedsFile"/>), written whole through a temporary file.</summary>
public static class FeedListFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<List<FeedSubscription>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<List<FeedSubscription>>(stream, Json, cancellationToken) ?? [];
        }
        catch (JsonException e)
        {
            throw new IngestException($"{path} is not a feed list ({e.Message.Split('\n')[0].Trim()})", e);
        }
    }

    public static async Task SaveAsync(string path, List<FeedSubscription> feeds, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, feeds, Json, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
