using ChatBot.UnitTests.Storage.Contracts;

namespace ChatBot.IntegrationTests;

/// <summary>The tests that share one private PostgreSQL server (<see cref="PostgresFixture"/>): the CLI and the host on PostgreSQL.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
