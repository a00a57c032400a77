using Microsoft.Extensions.Options;

namespace ChatBot.Core.Admin;

/// <summary>An enabled console needs a long enough signing key and an absolute http(s) base URL; a disabled one needs nothing.</summary>
public sealed class AdminConsoleOptionsValidator : IValidateOptions<AdminConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminConsoleOptions options)
    {
        if (!options.ConsoleEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add($"ChatBot:Admin:SigningKey is missing: the moderator console (ChatBot:Admin:ConsoleEnabled) needs a random key of at least {AdminConsoleOptions.MinimumKeyLength} characters (set ChatBot__Admin__SigningKey)");
        }
        else if (options.SigningKey.Trim().Length < AdminConsoleOptions.MinimumKeyLength)
        {
            failures.Add($"ChatBot:Admin:SigningKey is too short ({options.SigningKey.Trim().Length} characters): use a random key of at least {AdminConsoleOptions.MinimumKeyLength}");
        }

        if (!AdminConsoleUrls.IsHttp(options.BaseUrl))
        {
            failures.Add($"ChatBot:Admin:BaseUrl must be the console's absolute http(s) address, e.g. https://bot.example.org (found \"{options.BaseUrl}\")");
        }

        foreach (var url in AdminConsoleUrls.Split(options.Urls).Where(u => !AdminConsoleUrls.IsHttp(u)))
        {
            failures.Add($"ChatBot:Admin:Urls holds \"{url}\", which is not an http(s) address such as http://127.0.0.1:5081");
        }

        return ValidatedOptions.Result(failures);
    }
}
