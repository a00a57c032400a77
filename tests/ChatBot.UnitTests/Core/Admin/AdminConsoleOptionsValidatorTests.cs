using ChatBot.Core.Admin;

namespace ChatBot.UnitTests.Admin;

public sealed class AdminConsoleOptionsValidatorTests
{
    private static readonly AdminConsoleOptionsValidator Validator = new();

    [Fact]
    public void ADisabledConsole_NeedsNoKey() =>
        Assert.True(Validator.Validate(null, new AdminConsoleOptions()).Succeeded);

    [Fact]
    public void AnEnabledConsole_WithoutAKey_IsRefused_NamingTheKey()
    {
        var result = Validator.Validate(null, new AdminConsoleOptions { ConsoleEnabled = true, BaseUrl = "https://bot.example.org" });

        Assert.True(result.Failed);
        Assert.Contains("ChatBot:Admin:SigningKey is missing", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnabledConsole_WithAShortKey_IsRefused()
    {
        var result = Validator.Validate(null, new AdminConsoleOptions { ConsoleEnabled = true, SigningKey = "short", BaseUrl = "https://bot.example.org" });

        Assert.Contains("too short (5 characters)", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnabledConsole_NeedsAnHttpBaseUrl_AndHttpUrls()
    {
        var result = Validator.Validate(null, new AdminConsoleOptions { ConsoleEnabled = true, SigningKey = new string('k', 32), BaseUrl = "bot.example.org", Urls = "http://127.0.0.1:5081;ftp://x" });

        Assert.Contains("ChatBot:Admin:BaseUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("\"ftp://x\"", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("\"http://127.0.0.1:5081\"", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnabledConsole_WithAGoodKeyAndUrl_IsAccepted() =>
        Assert.True(Validator.Validate(null, new AdminConsoleOptions { ConsoleEnabled = true, SigningKey = new string('k', 32), BaseUrl = "https://bot.example.org" }).Succeeded);
}
