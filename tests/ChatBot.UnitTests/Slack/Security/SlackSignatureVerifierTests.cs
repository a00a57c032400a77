using System.Text;

using ChatBot.Slack.Configuration;
using ChatBot.Slack.Security;

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Slack;

public sealed class SlackSignatureVerifierTests
{
    // The worked example from Slack's "Verifying requests from Slack" page.
    private const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocTimestamp = "1531420618";
    private const string DocBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(DocBody);

    [Fact]
    public void Sign_MatchesSlackDocumentationExample() =>
        Assert.Equal(DocSignature, SlackSignatureVerifier.Sign(DocSecret, DocTimestamp, Body));

    [Fact]
    public void Check_AcceptsDocumentationExample_AtItsTime() =>
        Assert.Equal(SignatureCheck.Valid, Verifier(1531420618).Check(DocTimestamp, DocSignature, Body));

    [Theory]
    [InlineData(1531420618 + 301)]
    [InlineData(1531420618 - 301)]
    public void Check_RejectsTimestampMoreThanFiveMinutesAway(long now) =>
        Assert.Equal(SignatureCheck.Stale, Verifier(now).Check(DocTimestamp, DocSignature, Body));

    [Fact]
    public void Check_AcceptsTimestampExactlyFiveMinutesOld() =>
        Assert.Equal(SignatureCheck.Valid, Verifier(1531420618 + 300).Check(DocTimestamp, DocSignature, Body));

    [Theory]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69B503")]
    public void Check_RejectsUpperCaseHex_OfAValidSignature(string signature) =>
        Assert.Equal(SignatureCheck.Malformed, Verifier(1531420618).Check(DocTimestamp, signature, Body));

    [Fact]
    public void Check_RejectsChangedBody()
    {
        var tampered = Encoding.UTF8.GetBytes(DocBody.Replace("roadrunner", "coyote", StringComparison.Ordinal));
        Assert.Equal(SignatureCheck.Mismatch, Verifier(1531420618).Check(DocTimestamp, DocSignature, tampered));
    }

    [Theory]
    [InlineData(null, DocSignature, SignatureCheck.Missing)]
    [InlineData(DocTimestamp, null, SignatureCheck.Missing)]
    [InlineData("soon", DocSignature, SignatureCheck.Malformed)]
    [InlineData(DocTimestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.Malformed)]
    [InlineData(DocTimestamp, "v0=a2114d57", SignatureCheck.Malformed)]
    [InlineData(DocTimestamp, "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.Malformed)]
    [InlineData(DocTimestamp, "v0=b2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.Mismatch)]
    public void Check_RejectsMissingOrMalformedHeaders(string? timestamp, string? signature, SignatureCheck expected) =>
        Assert.Equal(expected, Verifier(1531420618).Check(timestamp, signature, Body));

    [Fact]
    public void Check_RejectsEverything_WithoutSigningSecret()
    {
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions()), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618)));
        Assert.Equal(SignatureCheck.NoSecret, verifier.Check(DocTimestamp, DocSignature, Body));
    }

    private static SlackSignatureVerifier Verifier(long unixNow) =>
        new(Options.Create(new SlackOptions { SigningSecret = DocSecret }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixNow)));
}
