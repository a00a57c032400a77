namespace ChatBot.UnitTests.Storage.Contracts;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPendingArticleStoreContractTests(PostgresFixture postgres) : PendingArticleStoreContract(new PostgresStoreProvider(postgres));
