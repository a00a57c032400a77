using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Core.Embeddings;

/// <summary>The cache key of a text's vector: a hash of the model and the exact text.</summary>
public static class EmbeddingKey
{
    public static string For(string modelId, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{modelId}\n{text}")));
}
