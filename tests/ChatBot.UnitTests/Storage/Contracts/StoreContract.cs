namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>The base of every store contract: the provider under test, opened before and disposed after each test.</summary>
public abstract class StoreContract(IStoreProvider provider) : IAsyncLifetime
{
    protected IStoreProvider Provider { get; } = provider;

    /// <summary>The stores on this test's fresh storage.</summary>
    protected Stores Stores { get; private set; } = null!;

    public async Task InitializeAsync() => Stores = await Provider.OpenAsync();

    public Task DisposeAsync() => Provider.DisposeAsync().AsTask();
}
