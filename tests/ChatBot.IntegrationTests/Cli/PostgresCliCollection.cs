using ChatBot.UnitTests.Storage.Contracts;

namespace ChatBot.IntegrationTests.Cli;

/// <summary>The CLI tests that share one private PostgreSQL server (<see cref="PostgresFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCliCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL CLI";
}
