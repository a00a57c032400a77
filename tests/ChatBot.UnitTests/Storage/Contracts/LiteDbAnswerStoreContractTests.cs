namespace ChatBot.UnitTests.Storage.Contracts;

public sealed class LiteDbAnswerStoreContractTests() : AnswerStoreContract(new LiteDbStoreProvider());
