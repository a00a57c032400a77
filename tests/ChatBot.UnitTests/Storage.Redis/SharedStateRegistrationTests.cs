using ChatBot.Core;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.SharedState;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>AddRedisSharedState decorates what is registered (and only that), and a bad connection string is one clear line at start.</summary>
public sealed class SharedStateRegistrationTests
{
    [Fact]
    public async Task TheRegisteredStores_AreDecorated_AndTheContainerStillDisposesThem()
    {
        var services = Services("127.0.0.1:1");
        services.AddSingleton<ISeenEventStore, DisposableSeenEventStore>();
        services.AddSingleton<IAnswerCache>(NullAnswerCache.Instance);
        services.AddSingleton<IAnswerRecords, AnswerRecords>();
        services.AddRedisSharedState();
        services.AddRedisSharedState();

        DisposableSeenEventStore inner;
        await using (var provider = services.BuildServiceProvider())
        {
            Assert.IsType<RedisSeenEventStore>(provider.GetRequiredService<ISeenEventStore>());
            Assert.IsType<RedisAnswerCache>(provider.GetRequiredService<IAnswerCache>());
            Assert.Equal(typeof(AnswerRecords), services.Single(d => d.ServiceType == typeof(IAnswerRecords)).ImplementationType);
            Assert.Null(provider.GetService<IRequestGate>());
            inner = (DisposableSeenEventStore)provider.GetRequiredKeyedService<ISeenEventStore>("ChatBot.Storage.Redis:local");
            Assert.Single(services, d => d.ServiceType == typeof(ISeenEventStore) && !d.IsKeyedService);
        }

        Assert.True(inner.Disposed);
    }

    [Fact]
    public void ADatabasesOwnAnswerRecords_AreDecorated_ToReachTheSharedLevel()
    {
        var services = Services("127.0.0.1:1");
        services.AddSingleton<IAnswerCache>(NullAnswerCache.Instance);
        services.AddSingleton<IAnswerRecords>(_ => new AnswerRecords(NullAnswerCache.Instance, null!, null!, null!, null!));
        services.AddSingleton<IRequestGate>(new UnusedGate());
        services.AddRedisSharedState();

        using var provider = services.BuildServiceProvider();

        Assert.IsType<RedisAnswerRecords>(provider.GetRequiredService<IAnswerRecords>());
        Assert.IsType<RedisRequestGate>(provider.GetRequiredService<IRequestGate>());
    }

    [Fact]
    public void RecordsBuiltFromTheAnswerCache_AreNotDecorated_SoAnAnswerIsSharedOnce()
    {
        var services = Services("127.0.0.1:1");
        services.AddSingleton<IAnswerCache>(NullAnswerCache.Instance);
        services.AddSingleton<IAnswerRecords, RecordsThroughTheCache>();
        services.AddRedisSharedState();

        using var provider = services.BuildServiceProvider();

        Assert.IsType<RecordsThroughTheCache>(provider.GetRequiredService<IAnswerRecords>());
    }

    [Theory]
    [InlineData("127.0.0.1:6379,nosuchoption=1", "ConnectionStrings:Redis cannot be read")]
    [InlineData(",", "ConnectionStrings:Redis names no server")]
    public void AConnectionStringThatCannotBeRead_IsOneLineNamingTheKey(string connectionString, string expected)
    {
        using var provider = Services(connectionString).AddRedisSharedState().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RedisOptions>>().Value);

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static ServiceCollection Services(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = connectionString }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddOptions<RateLimitOptions>();
        return services;
    }

    private sealed class RecordsThroughTheCache(IAnswerCache cache) : IAnswerRecords
    {
        public ValueTask<ChatBot.Core.Conversations.ConversationTurn?> LookupAsync(string conversation, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<ChatBot.Core.Conversations.ConversationTurn?>(null);

        public async ValueTask RecordAsync(AnswerRecord record, CancellationToken cancellationToken = default)
        {
            foreach (var entry in record.Cache)
            {
                await cache.SetAsync(entry.Key, entry.Answer, cancellationToken);
            }
        }
    }

    private sealed class DisposableSeenEventStore : ISeenEventStore, IDisposable
    {
        public bool Disposed { get; private set; }

        public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default) => ValueTask.FromResult(true);

        public void Dispose() => Disposed = true;
    }
}
