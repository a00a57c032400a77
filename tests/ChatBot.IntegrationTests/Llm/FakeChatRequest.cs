using System.Text.Json;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>A chat completion request as the loopback server received it, with the grounded prompt read back.</summary>
internal sealed class FakeChatRequest(JsonElement body)
{
    public JsonElement Body { get; } = body;

    public string Model => Body.GetProperty("model").GetString()!;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        [.. Body.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, m.GetProperty("content").GetString()!))];

    public JsonElement UserJson => JsonDocument.Parse(Messages.Single(m => m.Role == "user").Content).RootElement;

    public IReadOnlyList<(int N, string Text)> Passages =>
        [.. UserJson.GetProperty("passages").EnumerateArray().Select(p => (p.GetProperty("n").GetInt32(), p.GetProperty("text").GetString()!))];

    /// <summary>The number of the passage holding <paramref name="text"/>; 0 when none does.</summary>
    public int NumberOf(string text) => Passages.FirstOrDefault(p => p.Text.Contains(text, StringComparison.Ordinal)).N;
}
