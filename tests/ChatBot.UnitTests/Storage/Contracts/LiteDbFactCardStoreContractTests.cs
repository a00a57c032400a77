namespace ChatBot.UnitTests.Storage.Contracts;

public sealed class LiteDbFactCardStoreContractTests() : FactCardStoreContract(new LiteDbStoreProvider());
