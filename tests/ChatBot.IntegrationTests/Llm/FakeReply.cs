using System.Net;

namespace ChatBot.IntegrationTests.Llm;

/// <summary>What the loopback server answers one request with.</summary>
internal sealed record FakeReply(HttpStatusCode Status, string? Completion = null, TimeSpan? RetryAfter = null, bool Hang = false)
{
    public static FakeReply Text(string completion) => new(HttpStatusCode.OK, completion);

    public static FakeReply Error(HttpStatusCode status, TimeSpan? retryAfter = null) => new(status, RetryAfter: retryAfter);

    /// <summary>Never answers: waits for a signal no test sends, until the client gives up.</summary>
    public static FakeReply Never { get; } = new(HttpStatusCode.OK, Hang: true);
}
