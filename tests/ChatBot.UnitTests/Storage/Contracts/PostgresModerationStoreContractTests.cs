namespace ChatBot.UnitTests.Storage.Contracts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresModerationStoreContractTests(PostgresFixture postgres) : ModerationStoreContract(new PostgresStoreProvider(postgres));
