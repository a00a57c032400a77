using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>The abstract factory a contract runs on: LiteDB (<see cref="LiteDbStoreProvider"/>) or PostgreSQL (<see cref="PostgresStoreProvider"/>).</summary>
public interface IStoreProvider : IAsyncDisposable
{
    /// <summary>The clock every store opened here reads.</summary>
    FakeTimeProvider Time { get; }

    /// <summary>Stores on a new, empty storage; a second call gives a second set of stores on the same storage (another replica, another process).</summary>
    Task<Stores> OpenAsync();

    /// <summary>Stores whose storage cannot be used (no file / no server).</summary>
    Stores OpenUnavailable();
}
