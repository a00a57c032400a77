namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>
/// A request the fake Discord API received. For a multipart/form-data body (a message with files), <see cref="Body"/>
/// is its payload_json part and <see cref="Parts"/> holds every part.
/// </summary>
public sealed record RecordedRequest(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers, int Status, IReadOnlyList<MultipartPart>? Parts = null)
{
    public MultipartPart? File(int n) => Parts?.SingleOrDefault(p => p.Name == $"files[{n}]");
}
