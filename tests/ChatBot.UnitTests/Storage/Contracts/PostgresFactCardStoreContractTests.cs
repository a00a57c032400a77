namespace ChatBot.UnitTests.Storage.Contracts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFactCardStoreContractTests(PostgresFixture postgres) : FactCardStoreContract(new PostgresStoreProvider(postgres));
