using Microsoft.Extensions.Configuration;

namespace ChatBot.Storage.Postgres;

/// <summary>Reads <c>ChatBot:Storage:Provider</c> before the services are composed (the host picks the stores by it).</summary>
public static class StorageProviders
{
    public const string Key = PostgresOptions.Section + ":Provider";

    /// <summary>The configured provider (LiteDb when unset); an unknown name is a one-line start-up error.</summary>
    public static StorageProvider From(IConfiguration configuration)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.LiteDb;
        }

        return Enum.TryParse<StorageProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{Key} must be LiteDb or Postgres, not '{value}'") { Source = "ChatBot" };
    }
}
