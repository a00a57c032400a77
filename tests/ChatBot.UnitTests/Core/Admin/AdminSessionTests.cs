using ChatBot.Core.Admin;

namespace ChatBot.UnitTests.Admin;

public sealed class AdminSessionTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASession_LastsEightHours_AndNoLonger()
    {
        Assert.True(AdminSession.IsCurrent(SignedIn, SignedIn));
        Assert.True(AdminSession.IsCurrent(SignedIn, SignedIn.AddHours(8).AddSeconds(-1)));
        Assert.False(AdminSession.IsCurrent(SignedIn, SignedIn.AddHours(8)));
        Assert.Equal(SignedIn.AddHours(8), AdminSession.ExpiresAt(SignedIn));
    }

    [Fact]
    public void ASessionFromTheFuture_IsNotCurrent() =>
        Assert.False(AdminSession.IsCurrent(SignedIn.AddMinutes(5), SignedIn));

    [Fact]
    public void TheCookie_IsSecureExactlyOverHttps()
    {
        Assert.True(AdminSession.MustBeSecure(isHttps: true));
        Assert.False(AdminSession.MustBeSecure(isHttps: false));
    }
}
