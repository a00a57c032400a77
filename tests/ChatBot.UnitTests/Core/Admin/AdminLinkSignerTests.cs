using System.Buffers.Text;
using System.Text;
using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Admin;

public sealed class AdminLinkSignerTests
{
    private const string Key = "a-test-key-of-more-than-thirty-two-characters";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Read_GivesBackTheClaims_OfATokenItIssued()
    {
        var signer = new AdminLinkSigner(Key, time);

        var read = signer.Read(signer.Issue(ChatPlatform.Discord, "123456"));

        Assert.Equal(AdminLinkCheck.Valid, read.Check);
        Assert.Equal((ChatPlatform.Discord, "123456", time.GetUtcNow() + TimeSpan.FromMinutes(10)), (read.Claims!.Platform, read.Claims.UserId, read.Claims.ExpiresAt));
        Assert.Equal("discord:123456", read.Claims.ActorId);
    }

    [Fact]
    public void Issue_UsesAFreshNonce_EachTime()
    {
        var signer = new AdminLinkSigner(Key, time);

        Assert.NotEqual(signer.Read(signer.Issue(ChatPlatform.Slack, "U1")).Claims!.Nonce, signer.Read(signer.Issue(ChatPlatform.Slack, "U1")).Claims!.Nonce);
    }

    [Fact]
    public void Read_RefusesAToken_WhosePayloadWasChanged()
    {
        var signer = new AdminLinkSigner(Key, time);
        var (payload, signature) = Split(signer.Issue(ChatPlatform.Slack, "U1"));
        var forged = Encoding.UTF8.GetString(payload).Replace("\nU1\n", "\nU2\n", StringComparison.Ordinal);

        var read = signer.Read($"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged))}.{signature}");

        Assert.Equal(AdminLinkCheck.Tampered, read.Check);
        Assert.Null(read.Claims);
    }

    [Fact]
    public void Read_RefusesAToken_WithAMovedExpiry()
    {
        var signer = new AdminLinkSigner(Key, time);
        var token = signer.Issue(ChatPlatform.Slack, "U1");
        var (payload, signature) = Split(token);
        var claims = signer.Read(token).Claims!;
        var later = Encoding.UTF8.GetString(payload).Replace(claims.ExpiresAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), claims.ExpiresAt.AddDays(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        time.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(AdminLinkCheck.Tampered, signer.Read($"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(later))}.{signature}").Check);
    }

    [Fact]
    public void Read_RefusesAToken_SignedWithAnotherKey()
    {
        var other = new AdminLinkSigner("another-key-that-is-also-long-enough-to-use", time);

        Assert.Equal(AdminLinkCheck.Tampered, new AdminLinkSigner(Key, time).Read(other.Issue(ChatPlatform.Discord, "1")).Check);
    }

    [Fact]
    public void Read_AcceptsATokenUntilTenMinutes_ThenCallsItExpired()
    {
        var signer = new AdminLinkSigner(Key, time);
        var token = signer.Issue(ChatPlatform.Discord, "1");

        time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(AdminLinkCheck.Valid, signer.Read(token).Check);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(AdminLinkCheck.Expired, signer.Read(token).Check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot-at-all")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Read_CallsGarbageMalformed(string? token) =>
        Assert.Equal(AdminLinkCheck.Malformed, new AdminLinkSigner(Key, time).Read(token).Check);

    [Fact]
    public void Issue_RefusesAUserIdOnSeveralLines() =>
        Assert.Throws<ArgumentException>(() => new AdminLinkSigner(Key, time).Issue(ChatPlatform.Cli, "alice\nDiscord"));

    private static (byte[] Payload, string Signature) Split(string token)
    {
        var parts = token.Split('.');
        return (Base64Url.DecodeFromChars(parts[0]), parts[1]);
    }
}
