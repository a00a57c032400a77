namespace ChatBot.UnitTests.Storage.Contracts;

public sealed class LiteDbModerationStoreContractTests() : ModerationStoreContract(new LiteDbStoreProvider());
