namespace ChatBot.UnitTests.Discord.Support;

public sealed record RecordedRequest(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers, int Status);
