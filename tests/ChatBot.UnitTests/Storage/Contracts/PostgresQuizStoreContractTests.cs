namespace ChatBot.UnitTests.Storage.Contracts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresQuizStoreContractTests(PostgresFixture postgres) : QuizStoreContract(new PostgresStoreProvider(postgres));
