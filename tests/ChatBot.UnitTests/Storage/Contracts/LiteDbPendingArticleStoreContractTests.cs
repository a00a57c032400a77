namespace ChatBot.UnitTests.Storage.Contracts;

public sealed class LiteDbPendingArticleStoreContractTests() : PendingArticleStoreContract(new LiteDbStoreProvider());
