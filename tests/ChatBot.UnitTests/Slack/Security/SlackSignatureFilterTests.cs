using System.Text;

using ChatBot.Slack.Configuration;
using ChatBot.Slack.Security;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Slack;

public sealed class SlackSignatureFilterTests
{
    private const string Secret = "filter-test-secret";
    private static readonly FakeTimeProvider Time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
    private static readonly string Now = Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string WellFormed = "v0=" + new string('a', 64);

    public static TheoryData<string?, string?> UnusableHeaders => new()
    {
        { null, null },
        { Now, null },
        { null, WellFormed },
        { "1799999000", WellFormed },
        { "not-a-time", WellFormed },
        { Now, "v0=short" },
        { Now, "v1=" + new string('a', 64) },
    };

    [Theory]
    [MemberData(nameof(UnusableHeaders))]
    public async Task WithoutUsableSignatureHeaders_TheRequestIsRefused_BeforeAByteOfTheBodyIsRead(string? timestamp, string? signature)
    {
        var body = new CountingStream(Encoding.UTF8.GetBytes("command=%2Fask&text=" + new string('x', 60_000)));

        var result = await InvokeAsync(body, timestamp, signature);

        Assert.IsType<UnauthorizedHttpResult>(result);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task WithUsableHeaders_TheBodyIsRead_AndItsSignatureChecked()
    {
        var bytes = Encoding.UTF8.GetBytes("command=%2Fask&text=when");
        var body = new CountingStream(bytes);

        var result = await InvokeAsync(body, Now, SlackSignatureVerifier.Sign(Secret, Now, bytes));

        Assert.Equal("next", result);
        Assert.Equal(bytes.Length, body.BytesRead);
    }

    private static async Task<object?> InvokeAsync(Stream body, string? timestamp, string? signature)
    {
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions { SigningSecret = Secret }), Time);
        var filter = new SlackSignatureFilter(verifier, Time, NullLogger<SlackSignatureFilter>.Instance);
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.Path = "/slack/commands";
        http.Request.Body = body;
        if (timestamp is not null)
        {
            http.Request.Headers[SlackSignatureFilter.TimestampHeader] = timestamp;
        }

        if (signature is not null)
        {
            http.Request.Headers[SlackSignatureFilter.SignatureHeader] = signature;
        }

        return await filter.InvokeAsync(new DefaultEndpointFilterInvocationContext(http), _ => ValueTask.FromResult<object?>("next"));
    }

    /// <summary>A request body that counts what the server read of it (MemoryStream's async reads go through these).</summary>
    private sealed class CountingStream(byte[] content) : MemoryStream(content)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
