namespace ChatBot.UnitTests.Storage.Contracts;

public sealed class LiteDbQuizStoreContractTests() : QuizStoreContract(new LiteDbStoreProvider());
