namespace ChatBot.Storage.LiteDb;

/// <summary>
/// A passage vector (public: LiteDB maps it by reflection). <see cref="Id"/> is the embedding key, a hash of the
/// model and the passage text; <see cref="Vector"/> holds the floats little-endian.
/// </summary>
public sealed class EmbeddingDocument
{
    public string Id { get; set; } = "";
    public byte[] Vector { get; set; } = [];
    public DateTime CreatedAt { get; set; }
}
