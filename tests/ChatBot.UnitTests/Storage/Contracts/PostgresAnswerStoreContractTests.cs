namespace ChatBot.UnitTests.Storage.Contracts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAnswerStoreContractTests(PostgresFixture postgres) : AnswerStoreContract(new PostgresStoreProvider(postgres));
