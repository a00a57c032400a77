namespace ChatBot.UnitTests.Storage.Contracts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRequestGuardStoreContractTests(PostgresFixture postgres) : RequestGuardStoreContract(new PostgresStoreProvider(postgres));
