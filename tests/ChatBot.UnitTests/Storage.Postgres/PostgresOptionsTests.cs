using ChatBot.Core;
using ChatBot.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Storage.Postgres;

public sealed class PostgresOptionsTests
{
    [Theory]
    [InlineData(null, StorageProvider.LiteDb)]
    [InlineData("", StorageProvider.LiteDb)]
    [InlineData("LiteDb", StorageProvider.LiteDb)]
    [InlineData("postgres", StorageProvider.Postgres)]
    public void Provider_IsLiteDbUnlessSetToPostgres(string? value, StorageProvider expected) =>
        Assert.Equal(expected, StorageProviders.From(Configuration(("ChatBot:Storage:Provider", value))));

    [Theory]
    [InlineData("Mongo")]
    [InlineData("7")]
    public void Provider_OtherThanLiteDbOrPostgres_IsAOneLineStartUpError(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageProviders.From(Configuration(("ChatBot:Storage:Provider", value))));

        Assert.Equal($"ChatBot:Storage:Provider must be LiteDb or Postgres, not '{value}'", error.Message);
        Assert.Equal("ChatBot", error.Source);
    }

    [Fact]
    public void Postgres_WithoutAConnectionString_NamesTheKeyToSet()
    {
        using var services = Services(("ChatBot:Storage:Provider", "Postgres"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<PostgresDatabase>());

        Assert.StartsWith("ConnectionStrings:Postgres must be set when ChatBot:Storage:Provider is Postgres", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_WithAMalformedConnectionString_SaysSo()
    {
        using var services = Services(("ChatBot:Storage:Provider", "Postgres"), ("ConnectionStrings:Postgres", "Host=127.0.0.1;Bogus Key=1"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<PostgresDatabase>());

        Assert.StartsWith("ConnectionStrings:Postgres is not a valid connection string", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_WithAConnectionString_ReplacesTheStoresCoreRegistered_AndNamesWhereItIsWithoutThePassword()
    {
        using var services = Services(("ChatBot:Storage:Provider", "Postgres"), ("ConnectionStrings:Postgres", "Host=db.internal;Port=5433;Database=chatbot;Username=bot;Password=secret"));

        Assert.IsType<PostgresFactCardStore>(services.GetRequiredService<ChatBot.Core.FactCards.IFactCardStore>());
        Assert.IsType<PostgresConsumedNonceStore>(services.GetRequiredService<ChatBot.Core.Admin.IConsumedNonceStore>());
        Assert.Equal("db.internal:5433/chatbot", services.GetRequiredService<PostgresDatabase>().Location);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static ServiceProvider Services(params (string Key, string? Value)[] values)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Configuration(values));
        services.AddChatBotCore();
        services.AddPostgresStorage();
        return services.BuildServiceProvider();
    }
}
