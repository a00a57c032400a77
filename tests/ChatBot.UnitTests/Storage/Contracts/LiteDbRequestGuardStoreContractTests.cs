namespace ChatBot.UnitTests.Storage.Contracts;

public sealed class LiteDbRequestGuardStoreContractTests() : RequestGuardStoreContract(new LiteDbStoreProvider());
